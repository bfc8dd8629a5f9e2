import { z } from "zod";
import { withoutNul } from "../org/chart-ops";
import { CHART_LIMITS } from "../org/limits";
import { acknowledgedFindingSchema } from "../rules/acknowledgements";
import { findingKey } from "../rules/finding-key";

export const COMMENT_LIMITS = {
  body: 2000,
  /** Comments in one chart, all threads together: a runaway script cannot fill the database. */
  perChart: 5000,
} as const;

/**
 * What a thread is about: one card, or one finding (keyed like an acknowledgement, on what it rests
 * on, so a thread stays with "the same" finding across analyses and a changed finding is a new one).
 */
export const commentTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("node"), nodeId: z.string().min(1).max(CHART_LIMITS.id) }),
  z.object({ kind: z.literal("finding"), finding: acknowledgedFindingSchema }),
]);

export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "write something first")
  .max(COMMENT_LIMITS.body, `must be at most ${COMMENT_LIMITS.body} characters`)
  .refine(withoutNul, "must not contain a NUL character");

export const chartCommentSchema = z.object({
  id: z.string(),
  body: commentBodySchema,
  /** The author's name as shown to the team; kept when the account is deleted. */
  author: z.string(),
  /** Null once the author's account is gone: nobody can edit it any more. */
  authorId: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
});

export const commentThreadSchema = z.object({
  id: z.string(),
  target: commentTargetSchema,
  resolved: z.object({ by: z.string(), at: z.iso.datetime({ offset: true }) }).nullable(),
  comments: z.array(chartCommentSchema),
});

export type CommentTarget = z.infer<typeof commentTargetSchema>;
export type ChartComment = z.infer<typeof chartCommentSchema>;
export type CommentThread = z.infer<typeof commentThreadSchema>;

/** One thread per card and per finding: the key they are stored under. */
export function commentTargetKey(target: CommentTarget): string {
  return target.kind === "node" ? `node:${target.nodeId}` : `finding:${findingKey(target.finding)}`;
}
