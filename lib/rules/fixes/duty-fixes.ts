import type { ChartOp } from "../../org/chart-ops";
import type { OrgNode, Responsibility } from "../../org/types";
import { boundaryPairOf, DUTIES, type DutyId } from "../catalog";
import type { Finding } from "../finding";
import { countsFor, freshResponsibilityId, isAtOrAbove, reparentOps, roleHolder, type Fix, type FixContext } from "./fix";

function branchesFor(context: FixContext, duty: DutyId) {
  const { roles } = context.analysis;
  const owner = DUTIES[duty].owner;
  return owner === "CIO" ? { owner, own: roles.cioBranch, other: roles.ctoBranch } : { owner, own: roles.ctoBranch, other: roles.cioBranch };
}

/** The same slot on the other side of the document's split: infrastructure management ↔ architecture, and so on. */
export function counterpartOf(duty: DutyId): DutyId | undefined {
  const pair = boundaryPairOf(duty);
  if (pair === undefined) return undefined;
  const [mine, theirs] = pair.cio.includes(duty) ? [pair.cio, pair.cto] : [pair.cto, pair.cio];
  return theirs[Math.max(0, mine.indexOf(duty))];
}

function withoutDuty(context: FixContext, node: OrgNode, duty: DutyId): ChartOp {
  return { type: "setResponsibilities", nodeId: node.id, responsibilities: node.responsibilities.filter((r) => !countsFor(context, r, duty)) };
}

function relabelled(context: FixContext, node: OrgNode, duty: DutyId, to: DutyId): ChartOp {
  return {
    type: "setResponsibilities",
    nodeId: node.id,
    responsibilities: node.responsibilities.map((r) => (countsFor(context, r, duty) ? { ...r, duty: to } : r)),
  };
}

/** Removes the duty's responsibilities from `from` and appends them to `to`, decided explicitly so they keep meaning that duty. */
function moveDutyOps(context: FixContext, duty: DutyId, from: readonly string[], to: string): ChartOp[] {
  const target = context.index.nodeById.get(to);
  if (target === undefined) return [];
  const reserved = new Set<string>();
  const moved: Responsibility[] = [];
  const ops: ChartOp[] = [];
  for (const id of from) {
    const node = context.index.nodeById.get(id);
    if (node === undefined || id === to) continue;
    for (const r of node.responsibilities) {
      if (countsFor(context, r, duty)) moved.push({ id: freshResponsibilityId(target, reserved), text: r.text, duty });
    }
    ops.push(withoutDuty(context, node, duty));
  }
  if (moved.length === 0) return [];
  ops.push({ type: "setResponsibilities", nodeId: to, responsibilities: [...target.responsibilities, ...moved] });
  return ops;
}

/**
 * `overlap`: keep the duty where the document puts it. Taken away (or re-labelled as the
 * counterpart duty of the boundary pair) on the other side only when someone in the owner's own
 * branch keeps holding it, so the fix never turns an overlap into a gap.
 */
export function overlapFixes(context: FixContext, finding: Finding): Fix[] {
  const duty = finding.duty;
  if (duty === null) return [];
  const { owner, own, other } = branchesFor(context, duty);
  const otherSide = finding.nodes.filter((id) => other.has(id) && !own.has(id));
  // The owner's branch inside the other's (the CTO reports to the CIO, say): its holders are on both sides.
  const nested = finding.nodes.filter((id) => other.has(id) && own.has(id));
  const takeFrom = otherSide.length > 0 ? otherSide : nested;
  // Holders only in the owner's branch: with the others gone, the duty is no longer on both sides.
  const keepers = (context.analysis.holders.get(duty) ?? []).filter((id) => own.has(id) && !other.has(id));
  if (takeFrom.length === 0 || keepers.length === 0) return [];
  const nodes = takeFrom.map((id) => context.index.nodeById.get(id)).filter((node): node is OrgNode => node !== undefined);
  const fixes: Fix[] = [
    {
      id: "remove-other-side",
      label: { key: "decisions.fix.removeOtherSide", duty, owner, nodes: takeFrom },
      ops: nodes.map((node) => withoutDuty(context, node, duty)),
    },
  ];
  const counterpart = counterpartOf(duty);
  if (counterpart !== undefined) {
    fixes.push({
      id: "relabel-other-side",
      label: { key: "decisions.fix.relabelOtherSide", duty, owner, counterpart, nodes: takeFrom },
      ops: nodes.map((node) => relabelled(context, node, duty, counterpart)),
    });
  }
  return fixes;
}

/** `misplaced`: move the responsibility to the owner (or a node of the owner's branch), or move the node under the owner. */
export function misplacedFixes(context: FixContext, finding: Finding): Fix[] {
  const duty = finding.duty;
  if (duty === null) return [];
  const { owner } = branchesFor(context, duty);
  const holder = roleHolder(context, owner);
  if (holder === undefined) return [];
  const fixes: Fix[] = [];
  const ops = moveDutyOps(context, duty, finding.nodes, holder);
  if (ops.length > 0) fixes.push({ id: "move-to-owner", label: { key: "decisions.fix.moveToOwner", duty, nodes: finding.nodes, target: holder }, ops });
  const { roles } = context.analysis;
  const [only] = finding.nodes;
  const isRole = (id: string) => roles.cio.includes(id) || roles.cto.includes(id);
  if (finding.nodes.length === 1 && only !== undefined && !isRole(only) && !isAtOrAbove(context, only, holder)) {
    fixes.push({
      id: "move-node-under-owner",
      label: { key: "decisions.fix.moveNodeUnderOwner", duty, nodes: [only], target: holder },
      ops: reparentOps(context, only, holder),
    });
  }
  return fixes;
}

/** `misplaced`, the user's choice: the nodes of the owner's branch that can take the duty. */
export function misplacedTargets(context: FixContext, finding: Finding): string[] {
  if (finding.duty === null) return [];
  const { own } = branchesFor(context, finding.duty);
  return context.chart.nodes.filter((node) => own.has(node.id) && !finding.nodes.includes(node.id)).map((node) => node.id);
}

export function misplacedFixTo(context: FixContext, finding: Finding, target: string): Fix | null {
  if (finding.duty === null || !misplacedTargets(context, finding).includes(target)) return null;
  const ops = moveDutyOps(context, finding.duty, finding.nodes, target);
  return ops.length === 0 ? null : { id: `move-to:${target}`, label: { key: "decisions.fix.moveTo", duty: finding.duty, nodes: finding.nodes, target }, ops };
}

function giveOps(context: FixContext, duty: DutyId, to: string): ChartOp[] {
  const node = context.index.nodeById.get(to);
  if (node === undefined) return [];
  const text = DUTIES[duty].label[context.lang];
  return [{ type: "setResponsibilities", nodeId: to, responsibilities: [...node.responsibilities, { id: freshResponsibilityId(node), text, duty }] }];
}

/** `gap`: give the duty to its owner as a new responsibility with an explicit duty. */
export function gapFixes(context: FixContext, finding: Finding): Fix[] {
  const duty = finding.duty;
  if (duty === null) return [];
  const owner = DUTIES[duty].owner;
  const holder = roleHolder(context, owner);
  if (holder === undefined) return [];
  return [{ id: "give-to-owner", label: { key: "decisions.fix.giveToOwner", duty, target: holder }, ops: giveOps(context, duty, holder) }];
}

/** `gap`, the user's choice: any node. */
export function gapFixTo(context: FixContext, finding: Finding, target: string): Fix | null {
  if (finding.duty === null || !context.index.nodeById.has(target)) return null;
  return { id: `give-to:${target}`, label: { key: "decisions.fix.giveTo", duty: finding.duty, target }, ops: giveOps(context, finding.duty, target) };
}
