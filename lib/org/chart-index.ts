import type { Chart, OrgEdge, OrgNode } from "./types";

/** Lookups over one immutable chart. Build it with `indexChart`; never mutate it. */
export interface ChartIndex {
  nodeById: ReadonlyMap<string, OrgNode>;
  /** Position of each node in `chart.nodes`. */
  nodeOrder: ReadonlyMap<string, number>;
  edgeById: ReadonlyMap<string, OrgEdge>;
  /** The reports-to manager of each node that has one. */
  managerOf: ReadonlyMap<string, string>;
  /** The reports-to reports of each manager, in `chart.nodes` order (the order siblings are drawn in). */
  reportsOf: ReadonlyMap<string, readonly string[]>;
  /** Nodes without a reports-to manager, in `chart.nodes` order. */
  roots: readonly string[];
}

// Charts are immutable and applyOps shares unchanged arrays, so keying the cache on the arrays
// lets every caller (gestures, layout, visibility) share one index per version of the chart.
const cache = new WeakMap<readonly OrgNode[], WeakMap<readonly OrgEdge[], ChartIndex>>();

export function indexChart(chart: Pick<Chart, "nodes" | "edges">): ChartIndex {
  let byEdges = cache.get(chart.nodes);
  const cached = byEdges?.get(chart.edges);
  if (cached !== undefined) return cached;

  const nodeById = new Map<string, OrgNode>();
  const nodeOrder = new Map<string, number>();
  chart.nodes.forEach((node, i) => {
    nodeById.set(node.id, node);
    nodeOrder.set(node.id, i);
  });
  const edgeById = new Map<string, OrgEdge>();
  const managerOf = new Map<string, string>();
  for (const edge of chart.edges) {
    edgeById.set(edge.id, edge);
    // First line wins, matching findStructureErrors, so a damaged chart still indexes as a forest.
    if (edge.kind === "reports-to" && nodeById.has(edge.source) && nodeById.has(edge.target) && !managerOf.has(edge.target)) {
      managerOf.set(edge.target, edge.source);
    }
  }
  const reportsOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const node of chart.nodes) {
    const manager = managerOf.get(node.id);
    if (manager === undefined) {
      roots.push(node.id);
      continue;
    }
    const reports = reportsOf.get(manager);
    if (reports === undefined) reportsOf.set(manager, [node.id]);
    else reports.push(node.id);
  }

  const index: ChartIndex = { nodeById, nodeOrder, edgeById, managerOf, reportsOf, roots };
  if (byEdges === undefined) {
    byEdges = new WeakMap();
    cache.set(chart.nodes, byEdges);
  }
  byEdges.set(chart.edges, index);
  return index;
}
