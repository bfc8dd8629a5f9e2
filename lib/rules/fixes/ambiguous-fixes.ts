import type { ChartOp } from "../../org/chart-ops";
import { DUTY_IDS, type DutyId } from "../catalog";
import type { Finding } from "../finding";
import type { Fix, FixContext } from "./fix";

function locate(context: FixContext, finding: Finding) {
  const [nodeId] = finding.nodes;
  const node = nodeId === undefined ? undefined : context.index.nodeById.get(nodeId);
  const responsibility = node?.responsibilities.find((r) => r.id === finding.responsibilityId);
  return node === undefined || responsibility === undefined ? undefined : { node, responsibility };
}

function decide(context: FixContext, finding: Finding, duty: DutyId | null): ChartOp[] {
  const found = locate(context, finding);
  if (found === undefined) return [];
  const { node, responsibility } = found;
  return [{ type: "setResponsibilities", nodeId: node.id, responsibilities: node.responsibilities.map((r) => (r.id === responsibility.id ? { ...r, duty } : r)) }];
}

function choose(context: FixContext, finding: Finding, duty: DutyId): Fix {
  return { id: `choose:${duty}`, label: { key: "decisions.fix.chooseDuty", duty, nodes: finding.nodes }, ops: decide(context, finding, duty) };
}

/** `ambiguous-responsibility`: pick one of the close duties, or "no duty". The decision is explicit, so the question is settled. */
export function ambiguousFixes(context: FixContext, finding: Finding): Fix[] {
  const found = locate(context, finding);
  if (found === undefined) return [];
  const classification = context.classify(found.responsibility.text);
  const close = [classification.duty, classification.runnerUp?.duty].filter((duty): duty is DutyId => duty !== null && duty !== undefined);
  return [
    ...[...new Set(close)].map((duty) => choose(context, finding, duty)),
    { id: "no-duty", label: { key: "decisions.fix.noDuty", nodes: finding.nodes }, ops: decide(context, finding, null) },
  ];
}

/** Any duty of the catalog, for the user who knows better than the classifier. */
export function ambiguousFixTo(context: FixContext, finding: Finding, duty: string): Fix | null {
  const match = DUTY_IDS.find((id) => id === duty);
  return match === undefined || locate(context, finding) === undefined ? null : choose(context, finding, match);
}
