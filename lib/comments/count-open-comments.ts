import { commentTargetKey, type CommentThread } from "./comment-schema";

/**
 * How many comments each card and each finding has in threads still open, keyed like the threads
 * (`commentTargetKey`): the badges on cards and findings. Resolved threads count for nothing.
 */
export function countOpenComments(threads: readonly CommentThread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved !== null || thread.comments.length === 0) continue;
    const key = commentTargetKey(thread.target);
    counts.set(key, (counts.get(key) ?? 0) + thread.comments.length);
  }
  return counts;
}
