import { diffCharts } from "../../org/diff-charts";
import type { Chart } from "../../org/types";
import { edgeToRow, nodeToRow, responsibilityRows } from "../chart-mapper";
import type { Db } from "../create-prisma-client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
const CHUNK = 500;

/**
 * Writes only what changed between two versions of a chart, inside the caller's transaction.
 * Order matters for the foreign keys: lines go before the nodes they point at are removed, and
 * nodes exist before the lines and responsibilities that refer to them are written.
 */
export async function persistChartChanges(tx: Tx, chartId: string, before: Chart, after: Chart): Promise<void> {
  const diff = diffCharts(before, after);

  if (diff.edges.removed.length) await tx.chartEdge.deleteMany({ where: { chartId, id: { in: diff.edges.removed } } });
  if (diff.nodes.removed.length) await tx.chartNode.deleteMany({ where: { chartId, id: { in: diff.nodes.removed } } });

  // New rows sort after every surviving one; a reorder below rewrites all positions anyway.
  const nextNodeOrder = await nextSortOrder(tx, chartId, "node", diff.nodes.added.length);
  const nodeRows = diff.nodes.added.map((node, i) => nodeToRow(chartId, node, nextNodeOrder + i));
  for (let i = 0; i < nodeRows.length; i += CHUNK) await tx.chartNode.createMany({ data: nodeRows.slice(i, i + CHUNK) });
  const addedResponsibilities = diff.nodes.added.flatMap((node) => responsibilityRows(chartId, node));
  for (let i = 0; i < addedResponsibilities.length; i += CHUNK) {
    await tx.responsibility.createMany({ data: addedResponsibilities.slice(i, i + CHUNK) });
  }

  for (const node of diff.nodes.updated) {
    const { chartId: _c, id, sortOrder: _s, ...fields } = nodeToRow(chartId, node, 0);
    await tx.chartNode.update({ where: { chartId_id: { chartId, id } }, data: fields });
  }
  for (const edge of diff.edges.updated) {
    await tx.chartEdge.update({ where: { chartId_id: { chartId, id: edge.id } }, data: { source: edge.source, target: edge.target, kind: edge.kind } });
  }
  const nextEdgeOrder = await nextSortOrder(tx, chartId, "edge", diff.edges.added.length);
  const edgeRows = diff.edges.added.map((edge, i) => edgeToRow(chartId, edge, nextEdgeOrder + i));
  for (let i = 0; i < edgeRows.length; i += CHUNK) await tx.chartEdge.createMany({ data: edgeRows.slice(i, i + CHUNK) });

  if (diff.responsibilitiesChanged.length) {
    const changed = new Set(diff.responsibilitiesChanged);
    await tx.responsibility.deleteMany({ where: { chartId, nodeId: { in: diff.responsibilitiesChanged } } });
    const rows = after.nodes.filter((node) => changed.has(node.id)).flatMap((node) => responsibilityRows(chartId, node));
    for (let i = 0; i < rows.length; i += CHUNK) await tx.responsibility.createMany({ data: rows.slice(i, i + CHUNK) });
  }

  if (diff.reordered.nodes) {
    for (const [index, node] of after.nodes.entries()) {
      await tx.chartNode.update({ where: { chartId_id: { chartId, id: node.id } }, data: { sortOrder: index } });
    }
  }
  if (diff.reordered.edges) {
    for (const [index, edge] of after.edges.entries()) {
      await tx.chartEdge.update({ where: { chartId_id: { chartId, id: edge.id } }, data: { sortOrder: index } });
    }
  }
  if (diff.renamed !== undefined) await tx.chart.update({ where: { id: chartId }, data: { name: diff.renamed } });
}

async function nextSortOrder(tx: Tx, chartId: string, table: "node" | "edge", adding: number): Promise<number> {
  if (adding === 0) return 0;
  const result =
    table === "node"
      ? await tx.chartNode.aggregate({ where: { chartId }, _max: { sortOrder: true } })
      : await tx.chartEdge.aggregate({ where: { chartId }, _max: { sortOrder: true } });
  return (result._max.sortOrder ?? -1) + 1;
}
