"use server";

import { z } from "zod";
import { commentBodySchema, commentTargetSchema } from "@/lib/comments/comment-schema";
import { addComment, deleteComment, editComment, listCommentThreads, setThreadResolved } from "@/lib/server/data/chart-comments";
import { authedAction } from "@/lib/server/safe-action";
import { id } from "@/lib/server/schemas";

export const listCommentsAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => listCommentThreads(db, user, chartId));

export const addCommentAction = authedAction(
  z.object({ chartId: id, target: commentTargetSchema, body: commentBodySchema }),
  async ({ chartId, target, body }, { user, db }) => addComment(db, user, chartId, target, body),
);

export const editCommentAction = authedAction(
  z.object({ chartId: id, commentId: id, body: commentBodySchema }),
  async ({ chartId, commentId, body }, { user, db }) => editComment(db, user, chartId, commentId, body),
);

export const deleteCommentAction = authedAction(z.object({ chartId: id, commentId: id }), async ({ chartId, commentId }, { user, db }) =>
  deleteComment(db, user, chartId, commentId),
);

export const resolveThreadAction = authedAction(
  z.object({ chartId: id, threadId: id, resolved: z.boolean() }),
  async ({ chartId, threadId, resolved }, { user, db }) => setThreadResolved(db, user, chartId, threadId, resolved),
);
