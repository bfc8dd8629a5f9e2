"use client";

import { useCallback, useState, useTransition } from "react";
import { addCommentAction, deleteCommentAction, editCommentAction, listCommentsAction, resolveThreadAction } from "@/app/actions/comments";
import type { CommentTarget, CommentThread } from "@/lib/comments/comment-schema";

type Answer = { ok: true; data: CommentThread[] } | { ok: false; error: { message: string } };

/**
 * The chart's comment threads: loaded with the page, changed through the server actions (which
 * check who may), and read again whenever the live stream says a colleague changed them. The list
 * shown is always the server's answer; nothing is shown as saved before it is.
 */
export function useComments(chartId: string, initial: readonly CommentThread[]) {
  const [threads, setThreads] = useState<readonly CommentThread[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = useCallback((call: () => Promise<Answer>, done?: () => void) => {
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setThreads(result.data);
        setError(null);
        done?.();
      } else setError(result.error.message);
    });
  }, []);

  const refresh = useCallback(() => {
    void listCommentsAction({ chartId }).then((result) => {
      // A failed refresh keeps what is shown: the next signal or reconnect reads again.
      if (result.ok) setThreads(result.data);
    });
  }, [chartId]);

  return {
    threads,
    error,
    pending,
    refresh,
    clearError: useCallback(() => setError(null), []),
    add: useCallback((target: CommentTarget, body: string, done: () => void) => run(() => addCommentAction({ chartId, target, body }), done), [chartId, run]),
    edit: useCallback((commentId: string, body: string, done: () => void) => run(() => editCommentAction({ chartId, commentId, body }), done), [chartId, run]),
    remove: useCallback((commentId: string) => run(() => deleteCommentAction({ chartId, commentId })), [chartId, run]),
    setResolved: useCallback((threadId: string, resolved: boolean) => run(() => resolveThreadAction({ chartId, threadId, resolved })), [chartId, run]),
  };
}

export type Comments = ReturnType<typeof useComments>;
