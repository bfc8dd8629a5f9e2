import { NODE_FIELDS, type ChartOp, type NodePatch } from "./chart-ops";
import type { Chart, OrgEdge, OrgNode } from "./types";

/**
 * What a proposal changed since it started, as the ordinary edit operations that make the same
 * changes: field by field and responsibility by responsibility, so that merging them onto the
 * origin as it is now keeps what colleagues changed there meanwhile (a field the proposal did not
 * touch is not sent). A change of manager is one gesture (the old line out, the new one in), so it
 * is refused whole when the origin moved that card too, rather than leaving it without a manager;
 * when the origin already removed the old line (its manager was deleted), the new line goes alone.
 * The proposal's own name is not merged.
 */
export function proposalOps(base: Chart, proposal: Chart, origin: Pick<Chart, "edges"> = base): { ops: ChartOp[]; gestures: number[] } {
  const baseNodes = new Map(base.nodes.map((node) => [node.id, node]));
  const nextNodes = new Map(proposal.nodes.map((node) => [node.id, node]));
  const baseEdges = new Map(base.edges.map((edge) => [edge.id, edge]));
  const nextEdges = new Map(proposal.edges.map((edge) => [edge.id, edge]));
  const removedEdges = base.edges.filter((edge) => !nextEdges.has(edge.id) || !sameEnds(edge, nextEdges.get(edge.id)!));
  const addedEdges = proposal.edges.filter((edge) => !baseEdges.has(edge.id) || !sameEnds(edge, baseEdges.get(edge.id)!));

  // A card whose manager line was replaced: the two ops travel together.
  const moves: [OrgEdge, OrgEdge][] = [];
  const movedOut = new Set<OrgEdge>();
  const movedIn = new Set<OrgEdge>();
  for (const added of addedEdges) {
    if (added.kind !== "reports-to") continue;
    const old = removedEdges.find((edge) => edge.kind === "reports-to" && edge.target === added.target && !movedOut.has(edge) && nextNodes.has(edge.target));
    if (old === undefined) continue;
    moves.push([old, added]);
    movedOut.add(old);
    movedIn.add(added);
  }

  const ops: ChartOp[] = [];
  const gestures: number[] = [];
  const push = (...group: ChartOp[]) => {
    ops.push(...group);
    gestures.push(group.length);
  };
  for (const edge of removedEdges) if (!movedOut.has(edge) && nextNodes.has(edge.source) && nextNodes.has(edge.target)) push({ type: "removeEdge", id: edge.id });
  for (const node of base.nodes) if (!nextNodes.has(node.id)) push({ type: "removeNode", id: node.id });
  for (const node of proposal.nodes) {
    const before = baseNodes.get(node.id);
    if (before === undefined) {
      push({ type: "addNode", node });
      continue;
    }
    const patch = changedFields(before, node);
    if (patch !== null) push({ type: "updateNode", id: node.id, patch });
    if (before.position?.x !== node.position?.x || before.position?.y !== node.position?.y) push({ type: "moveNodes", moves: [{ id: node.id, position: node.position }] });
    for (const op of responsibilityOps(before, node)) push(op);
  }
  const originEdges = new Set(origin.edges.map((edge) => edge.id));
  for (const [old, added] of moves) {
    if (originEdges.has(old.id)) push({ type: "removeEdge", id: old.id }, { type: "addEdge", edge: added });
    else push({ type: "addEdge", edge: added });
  }
  for (const edge of addedEdges) if (!movedIn.has(edge)) push({ type: "addEdge", edge });
  for (const edge of proposal.edges) {
    const before = baseEdges.get(edge.id);
    if (before !== undefined && sameEnds(before, edge) && before.kind !== edge.kind) push({ type: "updateEdge", id: edge.id, patch: { kind: edge.kind } });
  }
  return { ops, gestures };
}

function sameEnds(a: OrgEdge, b: OrgEdge): boolean {
  return a.source === b.source && a.target === b.target;
}

function changedFields(before: OrgNode, after: OrgNode): NodePatch | null {
  const patch: Record<string, unknown> = {};
  for (const field of NODE_FIELDS) if (before[field] !== after[field]) patch[field] = after[field];
  return Object.keys(patch).length === 0 ? null : (patch as NodePatch);
}

function responsibilityOps(before: OrgNode, after: OrgNode): ChartOp[] {
  const old = new Map(before.responsibilities.map((r) => [r.id, r]));
  const next = new Set(after.responsibilities.map((r) => r.id));
  const ops: ChartOp[] = [];
  for (const r of before.responsibilities) if (!next.has(r.id)) ops.push({ type: "removeResponsibility", nodeId: after.id, id: r.id });
  for (const r of after.responsibilities) {
    const was = old.get(r.id);
    if (was === undefined) {
      ops.push({ type: "addResponsibility", nodeId: after.id, responsibility: r });
      continue;
    }
    if (was.text !== r.text) ops.push({ type: "setResponsibilityText", nodeId: after.id, id: r.id, text: r.text });
    if (was.duty !== r.duty) ops.push({ type: "setResponsibilityDuty", nodeId: after.id, id: r.id, duty: r.duty });
  }
  return ops;
}
