"use client";

import { useCanvasActions } from "./canvas-actions-context";
import { useCanvasI18n } from "./canvas-i18n-context";

/** How many comments a card's open thread has; clicking opens the thread. */
export function CommentsBadge({ nodeId, count }: { nodeId: string; count: number }) {
  const { t } = useCanvasI18n();
  const { openComments } = useCanvasActions();
  const label = t("canvas.comments.count", { count });
  return (
    <button
      type="button"
      className="oc-comments-badge nodrag"
      data-testid="comments-badge"
      title={label}
      aria-label={label}
      onClick={(event) => {
        event.stopPropagation();
        openComments(nodeId);
      }}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M2 3h12v8H7l-3 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      {count}
    </button>
  );
}
