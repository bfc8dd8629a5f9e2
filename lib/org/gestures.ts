import { indexChart } from "./chart-index";
import type { ChartOp } from "./chart-ops";
import { newId } from "./new-id";
import type { Chart, EdgeKind, OrgNode } from "./types";

/**
 * What a user gesture means as one batch of ops. The gestures only build ops; applyOps decides
 * whether they are allowed (a cycle, a second manager), so the refusal and its message come
 * from one place.
 */

/** Deletes nodes. Their reports re-attach to the nearest surviving manager above, or become roots. */
export function removeNodesGesture(chart: Chart, nodeIds: readonly string[], mode: "reattach" | "detach"): ChartOp[] {
  const index = indexChart(chart);
  const removed = new Set(nodeIds.filter((id) => index.nodeById.has(id)));
  const ops: ChartOp[] = [...removed].map((id) => ({ type: "removeNode", id }));
  if (mode === "detach") return ops;
  for (const id of removed) {
    // Skip over managers deleted in the same gesture so a whole branch collapses upward.
    let manager = index.managerOf.get(id);
    while (manager !== undefined && removed.has(manager)) manager = index.managerOf.get(manager);
    if (manager === undefined) continue;
    for (const report of index.reportsOf.get(id) ?? []) {
      if (removed.has(report)) continue;
      ops.push({ type: "addEdge", edge: { id: newId(), source: manager, target: report, kind: "reports-to" } });
    }
  }
  return ops;
}

/** Moves a node under a new manager (or makes it a root with `null`), replacing its reports-to line. */
export function reparentGesture(chart: Chart, nodeId: string, newManagerId: string | null): ChartOp[] {
  const index = indexChart(chart);
  if ((index.managerOf.get(nodeId) ?? null) === newManagerId) return [];
  const ops: ChartOp[] = chart.edges
    .filter((edge) => edge.kind === "reports-to" && edge.target === nodeId)
    .map((edge) => ({ type: "removeEdge", id: edge.id }));
  if (newManagerId !== null) {
    ops.push({ type: "addEdge", edge: { id: newId(), source: newManagerId, target: nodeId, kind: "reports-to" } });
  }
  return ops;
}

/** Creates a node and its reports-to line under `managerId`. */
export function addReportGesture(managerId: string, newNode: OrgNode): ChartOp[] {
  return [
    { type: "addNode", node: newNode },
    { type: "addEdge", edge: { id: newId(), source: managerId, target: newNode.id, kind: "reports-to" } },
  ];
}

/** Draws a line dragged from `sourceId`'s handle to `targetId`. */
export function connectGesture(sourceId: string, targetId: string, kind: EdgeKind): ChartOp[] {
  return [{ type: "addEdge", edge: { id: newId(), source: sourceId, target: targetId, kind } }];
}

/** Deletes lines; ids already gone (removed by someone else) are skipped. */
export function removeEdgesGesture(chart: Chart, edgeIds: readonly string[]): ChartOp[] {
  const index = indexChart(chart);
  return [...new Set(edgeIds)].filter((id) => index.edgeById.has(id)).map((id) => ({ type: "removeEdge", id }));
}

/** A fresh node with defaults, for "add node" and "add report". */
export function createNode(fields: Partial<OrgNode> & Pick<OrgNode, "title">): OrgNode {
  return {
    id: newId(),
    person: null,
    role: null,
    kind: "role",
    position: null,
    collapsed: false,
    responsibilities: [],
    ...fields,
  };
}
