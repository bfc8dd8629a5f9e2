import { COMMENT_LIMITS, commentTargetKey, type CommentTarget, type CommentThread } from "../../comments/comment-schema";
import { commentTargetToRow, commentThreadFromRows } from "../chart-mapper";
import type { Db } from "../create-prisma-client";
import { AppError, forbidden, notFound } from "../errors";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";
import { emitChartSignal } from "./chart-signals";

/**
 * A chart's comment threads: one per card and per finding. Anyone who may read the chart reads
 * them; anyone who may comment (viewers too) writes, resolves and reopens; everyone edits and
 * deletes only their own comments, and owners may delete anyone's. Every change is announced to the
 * chart's live streams after it committed. Each function answers with all of the chart's threads,
 * so the tab shows exactly what the server holds.
 */
export async function listCommentThreads(db: Db, actor: Actor, chartId: string): Promise<CommentThread[]> {
  await requireChartAccess(db, actor, chartId, "chart.read");
  return loadCommentThreads(db, chartId);
}

export async function loadCommentThreads(tx: Pick<Db, "commentThread">, chartId: string): Promise<CommentThread[]> {
  const rows = await tx.commentThread.findMany({
    where: { chartId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  return rows.map(commentThreadFromRows).filter((thread): thread is CommentThread => thread !== null);
}

/** Adds a comment to the target's thread, starting it if needed; a comment on a resolved thread reopens it. */
export async function addComment(db: Db, actor: Actor, chartId: string, target: CommentTarget, body: string): Promise<CommentThread[]> {
  await requireChartAccess(db, actor, chartId, "chart.comment");
  const author = await authorName(db, actor);
  const targetKey = commentTargetKey(target);
  await db.$transaction(async (tx) => {
    if ((await tx.comment.count({ where: { chartId } })) >= COMMENT_LIMITS.perChart) {
      throw new AppError("invalid", `A chart keeps at most ${COMMENT_LIMITS.perChart} comments: delete or resolve old ones first.`);
    }
    const thread = await tx.commentThread.upsert({
      where: { chartId_targetKey: { chartId, targetKey } },
      create: { chartId, targetKey, target: commentTargetToRow(target) },
      update: { resolvedAt: null, resolvedByName: null },
      select: { id: true },
    });
    await tx.comment.create({ data: { threadId: thread.id, chartId, body, authorId: actor.userId, authorName: author } });
  });
  return announce(db, chartId);
}

/** Only the author changes what they wrote; the comment is marked as edited. */
export async function editComment(db: Db, actor: Actor, chartId: string, commentId: string, body: string): Promise<CommentThread[]> {
  await requireChartAccess(db, actor, chartId, "chart.comment");
  const comment = await findComment(db, chartId, commentId);
  if (comment.authorId !== actor.userId) throw forbidden("Only its author may edit a comment");
  await db.comment.update({ where: { id: commentId }, data: { body, editedAt: new Date() } });
  return announce(db, chartId);
}

/** The author, or an owner (moderation), deletes a comment; a thread left empty goes with it. */
export async function deleteComment(db: Db, actor: Actor, chartId: string, commentId: string): Promise<CommentThread[]> {
  const { role } = await requireChartAccess(db, actor, chartId, "chart.comment");
  const comment = await findComment(db, chartId, commentId);
  if (comment.authorId !== actor.userId && role !== "owner") throw forbidden("Only its author or an owner may delete a comment");
  await db.$transaction(async (tx) => {
    await tx.comment.delete({ where: { id: commentId } });
    if ((await tx.comment.count({ where: { threadId: comment.threadId } })) === 0) await tx.commentThread.delete({ where: { id: comment.threadId } });
  });
  return announce(db, chartId);
}

/** Resolves a thread ("done, we agreed") or reopens it; it keeps its comments either way. */
export async function setThreadResolved(db: Db, actor: Actor, chartId: string, threadId: string, resolved: boolean): Promise<CommentThread[]> {
  await requireChartAccess(db, actor, chartId, "chart.comment");
  const by = resolved ? await authorName(db, actor) : null;
  const { count } = await db.commentThread.updateMany({
    where: { id: threadId, chartId },
    data: resolved ? { resolvedAt: new Date(), resolvedByName: by } : { resolvedAt: null, resolvedByName: null },
  });
  if (count === 0) throw notFound("Thread not found");
  return announce(db, chartId);
}

async function findComment(db: Db, chartId: string, commentId: string) {
  // Through its own chart only: an id from another chart is "not found", whoever asks.
  const comment = await db.comment.findFirst({ where: { id: commentId, chartId }, select: { authorId: true, threadId: true } });
  if (comment === null) throw notFound("Comment not found");
  return comment;
}

async function authorName(db: Db, actor: Actor): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } })).name;
}

async function announce(db: Db, chartId: string): Promise<CommentThread[]> {
  emitChartSignal(chartId, { kind: "comments" });
  return loadCommentThreads(db, chartId);
}
