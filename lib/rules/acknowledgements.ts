import { z } from "zod";
import { withoutNul } from "../org/chart-ops";
import { DUTY_IDS, RULE_IDS } from "./catalog";
import type { Finding } from "./finding";
import { findingKey } from "./finding-key";

export const ACKNOWLEDGEMENT_REASON_MAX = 500;

/** What an acknowledgement keys on: the same fields findingKey reads. */
export const acknowledgedFindingSchema = z.object({
  rule: z.enum(RULE_IDS),
  duty: z.enum(DUTY_IDS).nullable(),
  nodes: z.array(z.string().min(1).max(128)).max(1000),
  responsibilityId: z.string().min(1).max(128).optional(),
  role: z.enum(["CIO", "CTO"]).optional(),
});

export const acknowledgementReasonSchema = z
  .string()
  .trim()
  .min(1, "say why the team keeps it so")
  .max(ACKNOWLEDGEMENT_REASON_MAX, `must be at most ${ACKNOWLEDGEMENT_REASON_MAX} characters`)
  .refine(withoutNul, "must not contain a NUL character");

/** "We know, and we keep it so": a finding, why, who said so and when. Travels in orgchart/v1. */
export const acknowledgementSchema = acknowledgedFindingSchema.extend({
  reason: acknowledgementReasonSchema,
  /** The name of whoever acknowledged it, as shown to the team. */
  by: z.string().trim().min(1).max(200),
  /** ISO 8601 date-time. */
  at: z.iso.datetime({ offset: true }),
});

export type AcknowledgedFinding = z.infer<typeof acknowledgedFindingSchema>;
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** The key fields of a finding, as an acknowledgement stores them. */
export function acknowledgedFinding(finding: Finding): AcknowledgedFinding {
  return {
    rule: finding.rule,
    duty: finding.duty,
    nodes: [...finding.nodes],
    ...(finding.responsibilityId === undefined ? {} : { responsibilityId: finding.responsibilityId }),
    ...(finding.role === undefined ? {} : { role: finding.role }),
  };
}

export interface JudgedFinding<A extends AcknowledgedFinding = Acknowledgement> {
  finding: Finding;
  /** The acknowledgement that still matches what the finding rests on, if any. */
  acknowledgement: A | null;
}

/**
 * Pairs findings with the acknowledgements that still match them. An acknowledgement whose
 * finding changed (another holder, another node) matches nothing, so the finding comes back open.
 */
export function judgeFindings<A extends AcknowledgedFinding>(findings: readonly Finding[], acknowledgements: readonly A[]): JudgedFinding<A>[] {
  const byKey = new Map<string, A>();
  for (const acknowledgement of acknowledgements) byKey.set(findingKey(acknowledgement), acknowledgement);
  return findings.map((finding) => ({ finding, acknowledgement: byKey.get(findingKey(finding)) ?? null }));
}
