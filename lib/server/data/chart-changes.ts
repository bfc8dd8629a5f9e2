import type { ChartOp } from "../../org/chart-ops";
import type { ChangeEvent } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";

/** The most log rows one read returns; a client further behind reads again (or reloads). */
export const CHANGES_PAGE = 500;

/**
 * Accepted batches after `since`, oldest first, as the stream sends them. No access check: the
 * callers (the stream, the ops route) checked the chart first.
 */
export async function readChartChanges(db: Pick<Db, "chartChange">, chartId: string, since: number, until?: number): Promise<ChangeEvent[]> {
  const rows = await db.chartChange.findMany({
    where: { chartId, version: until === undefined ? { gt: since } : { gt: since, lte: until } },
    orderBy: { version: "asc" },
    take: CHANGES_PAGE,
    select: { version: true, clientId: true, seq: true, ops: true, actor: { select: { id: true, name: true } } },
  });
  return rows.map((row) => ({
    version: row.version,
    clientId: row.clientId,
    seq: row.seq,
    actor: { id: row.actor?.id ?? null, name: row.actor?.name ?? "" },
    ops: JSON.parse(row.ops) as ChartOp[],
  }));
}
