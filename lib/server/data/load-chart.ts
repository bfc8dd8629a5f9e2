import type { VersionedChart } from "../../org/types";
import { chartFromRows } from "../chart-mapper";
import type { Db } from "../create-prisma-client";

/** The whole chart as stored, without an access check: callers check first. */
export async function loadChart(tx: Pick<Db, "chart" | "chartNode" | "chartEdge">, chartId: string): Promise<VersionedChart> {
  const [chart, nodes, edges] = await Promise.all([
    tx.chart.findUniqueOrThrow({ where: { id: chartId }, select: { id: true, name: true, version: true } }),
    tx.chartNode.findMany({ where: { chartId }, include: { responsibilities: true } }),
    tx.chartEdge.findMany({ where: { chartId } }),
  ]);
  return chartFromRows(chart, nodes, edges);
}
