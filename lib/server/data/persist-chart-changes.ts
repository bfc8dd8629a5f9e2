import type { ChartOp } from "../../org/chart-ops";
import { diffAppliedOps } from "../../org/diff-charts";
import type { Chart } from "../../org/types";
import { EDGE_COLUMNS, edgeToRow, NODE_COLUMNS, nodeToRow, RESPONSIBILITY_COLUMNS, responsibilityRows } from "../chart-mapper";
import { insertRowsInBulk } from "./insert-rows-in-bulk";
import type { Tx } from "../create-prisma-client";
import { updateRowsInBulk } from "./update-rows-in-bulk";

/**
 * Writes only what changed between two versions of a chart (`after` is `before` with `ops`
 * applied), inside the caller's transaction. Only the rows the ops name are compared, so the cost
 * follows the batch, not the chart.
 * Order matters for the foreign keys: lines go before the nodes they point at are removed, and
 * nodes exist before the lines and responsibilities that refer to them are written.
 */
export async function persistChartChanges(tx: Tx, chartId: string, before: Chart, after: Chart, ops: readonly ChartOp[]): Promise<void> {
  const diff = diffAppliedOps(before, after, ops);

  // Lines first, then new nodes, so re-pointed lines always find their ends; removed nodes go
  // only after lines were re-pointed away from them (their cascade must not take a moved line).
  if (diff.edges.removed.length) await tx.chartEdge.deleteMany({ where: { chartId, id: { in: diff.edges.removed } } });

  // New rows sort after every surviving one; a reorder below rewrites all positions anyway.
  const nextNodeOrder = await nextSortOrder(tx, chartId, "node", diff.nodes.added.length);
  await insertRowsInBulk(tx, "ChartNode", NODE_COLUMNS, diff.nodes.added.map((node, i) => nodeToRow(chartId, node, nextNodeOrder + i)));
  await insertRowsInBulk(tx, "Responsibility", RESPONSIBILITY_COLUMNS, diff.nodes.added.flatMap((node) => responsibilityRows(chartId, node)));

  await updateRowsInBulk(tx, "ChartEdge", chartId, { source: "text", target: "text", kind: "text" }, diff.edges.updated);
  if (diff.nodes.removed.length) await tx.chartNode.deleteMany({ where: { chartId, id: { in: diff.nodes.removed } } });
  await updateRowsInBulk(
    tx,
    "ChartNode",
    chartId,
    { title: "text", person: "text", role: "text", kind: "text", x: "float", y: "float", collapsed: "bool" },
    diff.nodes.updated.map((node) => nodeToRow(chartId, node, 0)),
  );

  const nextEdgeOrder = await nextSortOrder(tx, chartId, "edge", diff.edges.added.length);
  await insertRowsInBulk(tx, "ChartEdge", EDGE_COLUMNS, diff.edges.added.map((edge, i) => edgeToRow(chartId, edge, nextEdgeOrder + i)));

  if (diff.responsibilitiesChanged.length) {
    await tx.responsibility.deleteMany({ where: { chartId, nodeId: { in: diff.responsibilitiesChanged.map((node) => node.id) } } });
    await insertRowsInBulk(tx, "Responsibility", RESPONSIBILITY_COLUMNS, diff.responsibilitiesChanged.flatMap((node) => responsibilityRows(chartId, node)));
  }

  if (diff.reordered.nodes) await updateRowsInBulk(tx, "ChartNode", chartId, { sortOrder: "int" }, after.nodes.map((n, i) => ({ id: n.id, sortOrder: i })));
  if (diff.reordered.edges) await updateRowsInBulk(tx, "ChartEdge", chartId, { sortOrder: "int" }, after.edges.map((e, i) => ({ id: e.id, sortOrder: i })));
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
