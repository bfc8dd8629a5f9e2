"use client";

import { useState } from "react";
import { COMMENT_LIMITS } from "@/lib/comments/comment-schema";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * A comment box: writing a new comment or changing one. Ctrl/⌘+Enter sends. The text stays until
 * the server has taken it (`onSend` calls `done`), so a refused comment is not lost.
 */
export function CommentComposer({
  initial = "",
  pending,
  sendLabel,
  autoFocus = false,
  onSend,
  onCancel,
}: {
  initial?: string;
  pending: boolean;
  sendLabel: string;
  autoFocus?: boolean;
  onSend: (body: string, done: () => void) => void;
  onCancel?: () => void;
}) {
  const { t } = useCanvasI18n();
  const [body, setBody] = useState(initial);
  const send = () => {
    if (body.trim() !== "" && !pending) onSend(body.trim(), () => setBody(""));
  };
  return (
    <form
      className="oc-comment-form"
      data-testid="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
    >
      <textarea
        data-testid="comment-input"
        aria-label={t("canvas.comments.label")}
        value={body}
        maxLength={COMMENT_LIMITS.body}
        rows={2}
        placeholder={t("canvas.comments.placeholder")}
        autoFocus={autoFocus}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            send();
          }
          if (event.key === "Escape" && onCancel !== undefined) onCancel();
        }}
      />
      <div className="oc-row">
        <button type="submit" className="oc-button oc-primary oc-small" data-testid="comment-send" disabled={pending || body.trim() === ""}>
          {sendLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="oc-button oc-small" onClick={onCancel}>
            {t("canvas.comments.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
