import type { Finding } from "./finding";
import { findingKey } from "./finding-key";

/**
 * Which findings a change made appear and which it made disappear: the same finding (same rule,
 * duty, role and holders) on both sides is neither. This is what no other org-chart tool shows:
 * how a reorganisation moves the CIO/CTO overlaps and gaps.
 */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): { appeared: Finding[]; disappeared: Finding[] } {
  const beforeKeys = new Set(before.map(findingKey));
  const afterKeys = new Set(after.map(findingKey));
  return {
    appeared: after.filter((finding) => !beforeKeys.has(findingKey(finding))),
    disappeared: before.filter((finding) => !afterKeys.has(findingKey(finding))),
  };
}
