import { indexChart } from "./chart-index";
import type { Chart, OrgNode } from "./types";

export interface VisibleSubgraph {
  nodeIds: Set<string>;
  /** Lines whose two ends are visible, dotted ones included. */
  edgeIds: Set<string>;
  /** For each visible collapsed node with reports: how many nodes its collapse hides (the whole subtree). */
  hiddenCount: Map<string, number>;
}

/**
 * Which nodes and lines are drawn when some subtrees are collapsed. A node is hidden when any
 * reports-to ancestor is collapsed. `isCollapsed` defaults to the stored flag; pass another to
 * use a per-user view state instead.
 */
export function visibleSubgraph(
  chart: Chart,
  isCollapsed: (node: OrgNode) => boolean = (node) => node.collapsed,
): VisibleSubgraph {
  const index = indexChart(chart);
  const nodeIds = new Set<string>();
  const hiddenCount = new Map<string, number>();

  // Iterative walk from the roots: a chart can be thousands of levels deep in the worst case.
  const stack = [...index.roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    nodeIds.add(id);
    const node = index.nodeById.get(id);
    const reports = index.reportsOf.get(id) ?? [];
    if (node !== undefined && isCollapsed(node)) {
      if (reports.length > 0) hiddenCount.set(id, countBelow(id, index.reportsOf));
      continue;
    }
    for (const report of reports) stack.push(report);
  }

  const edgeIds = new Set<string>();
  for (const edge of chart.edges) {
    if (nodeIds.has(edge.source) && nodeIds.has(edge.target)) edgeIds.add(edge.id);
  }
  return { nodeIds, edgeIds, hiddenCount };
}

function countBelow(id: string, reportsOf: ReadonlyMap<string, readonly string[]>): number {
  let count = 0;
  const stack = [...(reportsOf.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    count++;
    for (const report of reportsOf.get(next) ?? []) stack.push(report);
  }
  return count;
}
