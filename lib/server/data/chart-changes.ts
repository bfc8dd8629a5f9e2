import type { ChartOp } from "../../org/chart-ops";
import type { ChangeEvent } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import { Prisma } from "../generated/sqlite/client";

/** The most log rows one read returns; a client further behind reads again (or reloads). */
export const CHANGES_PAGE = 500;

/**
 * Accepted batches after `since`, oldest first, as the stream sends them. No access check: the
 * callers (the stream, the ops route) checked the chart first. Plain SQL: this runs for every
 * commit on every instance, and a Prisma model query is compiled anew each time.
 */
export async function readChartChanges(db: Pick<Db, "$queryRaw">, chartId: string, since: number, until?: number): Promise<ChangeEvent[]> {
  const rows = await db.$queryRaw<{ version: number; clientId: string | null; seq: number | null; ops: string; actorId: string | null; actorName: string | null }[]>`
    SELECT c.version AS version, c."clientId" AS "clientId", c.seq AS seq, c.ops AS ops, u.id AS "actorId", u.name AS "actorName"
    FROM "ChartChange" c LEFT JOIN "User" u ON u.id = c."actorId"
    WHERE c."chartId" = ${chartId} AND c.version > ${since} ${until === undefined ? Prisma.empty : Prisma.sql`AND c.version <= ${until}`}
    ORDER BY c.version ASC
    LIMIT ${CHANGES_PAGE}`;
  return rows.map((row) => ({
    version: Number(row.version),
    clientId: row.clientId,
    seq: row.seq === null ? null : Number(row.seq),
    actor: { id: row.actorId, name: row.actorName ?? "" },
    ops: JSON.parse(row.ops) as ChartOp[],
  }));
}
