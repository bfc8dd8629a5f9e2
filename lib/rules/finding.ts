import { DUTY_IDS, RULES, RULE_IDS, type Bilingual, type DutyId, type RoleName, type RuleId, type Severity } from "./catalog";

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
  /** For `missing-role`: the role the chart lacks. */
  role?: RoleName;
}

export function makeFinding(
  rule: RuleId,
  fields: { duty?: DutyId | null; nodes?: Iterable<string>; message: string; source: Bilingual; responsibilityId?: string; role?: RoleName },
): Finding {
  return {
    rule,
    severity: RULES[rule].severity,
    duty: fields.duty ?? null,
    nodes: [...new Set(fields.nodes ?? [])].sort(compareIds),
    message: fields.message,
    source: fields.source,
    ...(fields.responsibilityId === undefined ? {} : { responsibilityId: fields.responsibilityId }),
    ...(fields.role === undefined ? {} : { role: fields.role }),
  };
}

/** Code-unit order: the same in every locale and runtime, unlike localeCompare. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, index) => [id, index]));
const DUTY_ORDER = new Map<DutyId, number>(DUTY_IDS.map((id, index) => [id, index]));

interface SortKey {
  rule: number;
  duty: number;
  nodes: string;
  message: string;
  responsibility: string;
}

function sortKey(finding: Finding): SortKey {
  return {
    rule: RULE_ORDER.get(finding.rule) ?? 0,
    duty: finding.duty === null ? -1 : (DUTY_ORDER.get(finding.duty) ?? 0),
    nodes: finding.nodes.join("\u0000"),
    message: finding.message,
    responsibility: finding.responsibilityId ?? "",
  };
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    a.rule - b.rule ||
    a.duty - b.duty ||
    compareIds(a.nodes, b.nodes) ||
    compareIds(a.message, b.message) ||
    compareIds(a.responsibility, b.responsibility)
  );
}

/**
 * The order of findings, which does not depend on the order of nodes or edges in the chart: by
 * rule (warnings first), then duty in catalog order, then the nodes involved, then the message
 * (and, for two identical questions about one node, the responsibility).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** Sorts in the order of compareFindings, computing each finding's key once. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, key: sortKey(finding) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ finding }) => finding);
}
