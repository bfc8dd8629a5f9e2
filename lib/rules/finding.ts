import { DUTY_IDS, RULES, RULE_IDS, type Bilingual, type DutyId, type RuleId, type Severity } from "./catalog";

/** One thing the rules have to say about a chart, with the document sentence it rests on. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The duty concerned, or null for findings about roles, departments or unclear text. */
  duty: DutyId | null;
  /** The node ids involved (sorted); empty when the finding is about something missing. */
  nodes: string[];
  /** What is wrong and what to do, in the requested language. */
  message: string;
  /** The document's sentence (Italian) and our rendering (English). */
  source: Bilingual;
  /** For `ambiguous-responsibility`: the responsibility to decide. */
  responsibilityId?: string;
}

export function makeFinding(
  rule: RuleId,
  fields: { duty?: DutyId | null; nodes?: Iterable<string>; message: string; source: Bilingual; responsibilityId?: string },
): Finding {
  return {
    rule,
    severity: RULES[rule].severity,
    duty: fields.duty ?? null,
    nodes: [...new Set(fields.nodes ?? [])].sort(compareIds),
    message: fields.message,
    source: fields.source,
    ...(fields.responsibilityId === undefined ? {} : { responsibilityId: fields.responsibilityId }),
  };
}

/** Code-unit order: the same in every locale and runtime, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, index) => [id, index]));
const DUTY_ORDER = new Map<DutyId, number>(DUTY_IDS.map((id, index) => [id, index]));

/**
 * Findings in a stable order that does not depend on the order of nodes or edges in the chart:
 * by rule (warnings first), then duty in catalog order, then the nodes involved, then the message
 * (and, for two identical questions about one node, the responsibility).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0) ||
    (a.duty === null ? -1 : (DUTY_ORDER.get(a.duty) ?? 0)) - (b.duty === null ? -1 : (DUTY_ORDER.get(b.duty) ?? 0)) ||
    compareIds(a.nodes.join("\u0000"), b.nodes.join("\u0000")) ||
    compareIds(a.message, b.message) ||
    compareIds(a.responsibilityId ?? "", b.responsibilityId ?? "")
  );
}
