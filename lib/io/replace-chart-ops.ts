import type { ChartOp } from "../org/chart-ops";
import type { Chart } from "../org/types";

/**
 * Replacing a chart's content as one ordinary edit: remove every line and card, then add the
 * imported ones. It goes through the same path as any canvas edit, so it is saved, shared with
 * colleagues and undone with one Undo. The chart keeps its name.
 */
export function replaceChartOps(current: Pick<Chart, "nodes" | "edges">, next: Pick<Chart, "nodes" | "edges">): ChartOp[] {
  return [
    ...current.edges.map((edge): ChartOp => ({ type: "removeEdge", id: edge.id })),
    ...current.nodes.map((node): ChartOp => ({ type: "removeNode", id: node.id })),
    ...next.nodes.map((node): ChartOp => ({ type: "addNode", node })),
    ...next.edges.map((edge): ChartOp => ({ type: "addEdge", edge })),
  ];
}
