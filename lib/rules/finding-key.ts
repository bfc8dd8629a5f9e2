import type { Finding } from "./finding";

/**
 * What a finding rests on: its rule, duty, role, the nodes (holders) it names and, for an unclear
 * text, the responsibility. Two analyses report "the same finding" when the keys are equal; an
 * acknowledgement keys on it, so a new holder or another node makes the finding come back.
 */
export function findingKey(finding: Pick<Finding, "rule" | "duty" | "nodes" | "responsibilityId" | "role">): string {
  return JSON.stringify([finding.rule, finding.duty ?? null, [...finding.nodes].sort(), finding.responsibilityId ?? null, finding.role ?? null]);
}
