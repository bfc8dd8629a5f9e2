import type { ChartOp } from "../../org/chart-ops";
import type { OrgNode } from "../../org/types";
import { DUTIES, type RoleName } from "../catalog";
import type { Finding } from "../finding";
import { resolveResponsibility } from "../resolve-duties";
import { freshEdgeId, freshId, isAtOrAbove, reparentOps, roleHolder, type Fix, type FixContext } from "./fix";

/** Below its new manager, so the card appears where a reader looks for it before the next layout. */
const BELOW = 200;

function departmentFix(context: FixContext, finding: Finding, role: RoleName): Fix[] {
  const [department] = finding.nodes;
  const holder = roleHolder(context, role);
  if (department === undefined || holder === undefined || isAtOrAbove(context, department, holder)) return [];
  return [
    {
      id: `move-under-${role.toLowerCase()}`,
      label: { key: "decisions.fix.moveDepartmentUnder", nodes: [department], target: holder, role },
      ops: reparentOps(context, department, holder),
    },
  ];
}

/** `it-department-under-cto`: move the department under the CIO. */
export const itDepartmentFixes = (context: FixContext, finding: Finding) => departmentFix(context, finding, "CIO");
/** `engineering-under-cio`: move the department under the CTO. */
export const engineeringFixes = (context: FixContext, finding: Finding) => departmentFix(context, finding, "CTO");

/** The top of the chart: the root with the most people under it (the first such in chart order). */
export function topOfChart(context: FixContext): string | undefined {
  let best: string | undefined;
  let bestSize = -1;
  for (const root of context.index.roots) {
    let size = 0;
    const queue = [root];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      size++;
      queue.push(...(context.index.reportsOf.get(next) ?? []));
    }
    if (size > bestSize) {
      best = root;
      bestSize = size;
    }
  }
  return best;
}

function newRoleCard(context: FixContext, role: RoleName, under: OrgNode | undefined, taken: Set<string> = new Set()): OrgNode {
  const id = freshId(role.toLowerCase(), (candidate) => context.index.nodeById.has(candidate) || taken.has(candidate));
  taken.add(id);
  return {
    id,
    title: role,
    person: null,
    role,
    kind: "role",
    position: under?.position ? { x: under.position.x, y: under.position.y + BELOW } : null,
    collapsed: false,
    responsibilities: [],
  };
}

/** `missing-role`: add the role under the top of the chart. */
export function missingRoleFixes(context: FixContext, finding: Finding): Fix[] {
  const role = finding.role;
  if (role === undefined) return [];
  const topId = topOfChart(context);
  const top = topId === undefined ? undefined : context.index.nodeById.get(topId);
  const card = newRoleCard(context, role, top);
  const ops: ChartOp[] = [{ type: "addNode", node: card }];
  if (top !== undefined) ops.push({ type: "addEdge", edge: { id: freshEdgeId(context), source: top.id, target: card.id, kind: "reports-to" } });
  return [
    {
      id: "add-role",
      label: top === undefined ? { key: "decisions.fix.addRoleAlone", role } : { key: "decisions.fix.addRole", role, target: top.id },
      ops,
    },
  ];
}

/** `missing-role`, the user's choice: a node that holds neither role yet. */
export function missingRoleTargets(context: FixContext, finding: Finding): string[] {
  if (finding.role === undefined) return [];
  const { roles } = context.analysis;
  return context.chart.nodes.filter((node) => node.kind === "role" && !roles.cio.includes(node.id) && !roles.cto.includes(node.id)).map((node) => node.id);
}

export function missingRoleFixTo(context: FixContext, finding: Finding, target: string): Fix | null {
  const role = finding.role;
  if (role === undefined || !missingRoleTargets(context, finding).includes(target)) return null;
  return { id: `set-role:${target}`, label: { key: "decisions.fix.setRole", role, target }, ops: [{ type: "updateNode", id: target, patch: { role } }] };
}

/**
 * `combined-role`: the node stays the CIO and its CTO duties go to a CTO card: the chart's own
 * CTO when it has one, else a new card beside the node (under its manager) or, at the top, under it.
 */
export function combinedRoleFixes(context: FixContext, finding: Finding): Fix[] {
  const [id] = finding.nodes;
  const node = id === undefined ? undefined : context.index.nodeById.get(id);
  if (node === undefined) return [];
  const { roles } = context.analysis;
  const existing = roles.cto.find((candidate) => !roles.combined.includes(candidate));
  const ops: ChartOp[] = [{ type: "updateNode", id: node.id, patch: { role: "CIO" } }];
  let target: OrgNode;
  if (existing !== undefined) {
    target = context.index.nodeById.get(existing) as OrgNode;
  } else {
    const managerId = context.index.managerOf.get(node.id);
    const manager = managerId === undefined ? node : context.index.nodeById.get(managerId);
    target = newRoleCard(context, "CTO", manager);
    ops.push({ type: "addNode", node: target });
    ops.push({ type: "addEdge", edge: { id: freshEdgeId(context), source: manager?.id ?? node.id, target: target.id, kind: "reports-to" } });
  }
  const isCtoDuty = (r: OrgNode["responsibilities"][number]) => {
    const duty = resolveResponsibility(r, context.classify).duty;
    return duty !== null && DUTIES[duty].owner === "CTO";
  };
  const moving = node.responsibilities.filter(isCtoDuty);
  if (moving.length > 0) {
    const taken = new Set(target.responsibilities.map((r) => r.id));
    const moved = moving.map((r) => {
      const copy = { ...r, id: freshId(r.id, (candidate) => taken.has(candidate)) };
      taken.add(copy.id);
      return copy;
    });
    ops.push({ type: "setResponsibilities", nodeId: node.id, responsibilities: node.responsibilities.filter((r) => !isCtoDuty(r)) });
    ops.push({ type: "setResponsibilities", nodeId: target.id, responsibilities: [...target.responsibilities, ...moved] });
  }
  return [
    existing === undefined
      ? { id: "split-role", label: { key: "decisions.fix.splitRole", nodes: [node.id] }, ops }
      : { id: "split-role", label: { key: "decisions.fix.splitRoleTo", nodes: [node.id], target: existing }, ops },
  ];
}
