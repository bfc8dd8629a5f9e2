"use client";

import { useState } from "react";
import type { ChartComment, CommentTarget, CommentThread } from "@/lib/comments/comment-schema";
import { useCanvasI18n } from "./canvas-i18n-context";
import { CommentComposer } from "./comment-composer";
import type { Comments } from "./use-comments";

/** Who is looking at the threads: their own comments get Edit and Delete; moderators may delete anyone's. */
export interface Commenter {
  userId: string;
  moderates: boolean;
}

/**
 * One card's or one finding's thread: its comments (Edit and Delete on your own; owners may
 * delete any), a box to add one, and Resolve or Reopen. With no thread yet, only the box, which
 * starts it.
 */
export function CommentThreadView({
  target,
  thread,
  heading,
  comments,
  commenter,
  autoFocus = false,
}: {
  target: CommentTarget;
  thread: CommentThread | null;
  heading: React.ReactNode;
  comments: Comments;
  commenter: Commenter;
  autoFocus?: boolean;
}) {
  const { t, locale } = useCanvasI18n();
  const resolved = thread?.resolved ?? null;
  return (
    <section className={`oc-thread ${resolved !== null ? "is-resolved" : ""}`} data-testid="comment-thread" data-resolved={resolved !== null}>
      <header className="oc-thread-header">{heading}</header>
      {thread !== null && (
        <ol className="oc-comments">
          {thread.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} comments={comments} commenter={commenter} />
          ))}
        </ol>
      )}
      {resolved !== null && (
        <p className="oc-muted oc-small-text" data-testid="thread-resolved-by">
          {t("canvas.comments.resolvedBy", { by: resolved.by, when: formatWhen(resolved.at, locale) })}
        </p>
      )}
      {resolved === null && (
        <CommentComposer
          key={thread?.id ?? "new"}
          pending={comments.pending}
          sendLabel={t("canvas.comments.send")}
          autoFocus={autoFocus}
          onSend={(body, done) => comments.add(target, body, done)}
        />
      )}
      {thread !== null && (
        <button
          type="button"
          className="oc-button oc-small oc-quiet"
          data-testid={resolved === null ? "thread-resolve" : "thread-reopen"}
          disabled={comments.pending}
          onClick={() => comments.setResolved(thread.id, resolved === null)}
        >
          {t(resolved === null ? "canvas.comments.resolve" : "canvas.comments.reopen")}
        </button>
      )}
    </section>
  );
}

function CommentItem({ comment, comments, commenter }: { comment: ChartComment; comments: Comments; commenter: Commenter }) {
  const { t, locale } = useCanvasI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const mine = comment.authorId !== null && comment.authorId === commenter.userId;
  return (
    <li className="oc-comment" data-testid="comment" data-mine={mine}>
      <div className="oc-comment-meta">
        <strong>{comment.author}</strong> <span className="oc-muted">· {formatWhen(comment.at, locale)}</span>
        {comment.editedAt !== null && <span className="oc-muted"> · {t("canvas.comments.edited")}</span>}
      </div>
      {editing ? (
        <CommentComposer
          initial={comment.body}
          pending={comments.pending}
          sendLabel={t("canvas.comments.save")}
          autoFocus
          onSend={(body, done) =>
            comments.edit(comment.id, body, () => {
              done();
              setEditing(false);
            })
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="oc-comment-body" data-testid="comment-body">
          {comment.body}
        </p>
      )}
      {!editing && (mine || commenter.moderates) && (
        <div className="oc-row oc-comment-actions">
          {mine && (
            <button type="button" className="oc-link-button" data-testid="comment-edit" onClick={() => setEditing(true)}>
              {t("canvas.comments.edit")}
            </button>
          )}
          <button
            type="button"
            className={`oc-link-button ${confirming ? "oc-danger-text" : ""}`}
            data-testid={confirming ? "comment-delete-confirm" : "comment-delete"}
            disabled={comments.pending}
            onBlur={() => setConfirming(false)}
            onClick={() => (confirming ? comments.remove(comment.id) : setConfirming(true))}
          >
            {t(confirming ? "canvas.comments.confirmDelete" : "canvas.comments.delete")}
          </button>
        </div>
      )}
    </li>
  );
}

/** In the UI language and the reader's own time zone: "when" is for the person reading it. */
function formatWhen(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: "short", timeStyle: "short" });
}
