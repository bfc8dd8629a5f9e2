import { applyBatch, type OpResult } from "../../org/apply-batch";
import type { ChartOp } from "../../org/chart-ops";
import type { VersionedChart } from "../../org/types";
import type { BatchAnswer, ChangeEvent } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import { Prisma } from "../generated/sqlite/client";
import type { Actor } from "./actor";
import { notFound } from "../errors";
import { catchUpTail, surelyNotLogged } from "./chart-change-tail";
import { workingCopy } from "./chart-working-copy";
import { persistChartChanges } from "./persist-chart-changes";

/**
 * Big batches (a layout of 10,000 cards) are written in one transaction; Prisma's 5 s default is
 * too short for that on a loaded machine, and a writer should wait its turn rather than fail.
 */
const CHART_TRANSACTION = { timeout: 60_000, maxWait: 20_000 } as const;

export interface BatchInput {
  /** Absent for the server's own edits (a rename from the charts page): not retried, so not deduplicated. */
  clientId?: string;
  seq?: number;
  /** The version the client last saw: the answer carries the changes it missed since. */
  baseVersion?: number;
  ops: readonly ChartOp[];
  /** How many consecutive ops make each gesture, applied whole or not at all (absent: each op alone). */
  gestures?: readonly number[];
}

export interface QueuedBatch {
  actor: Actor;
  batch: BatchInput;
}

/**
 * Commits several batches of one chart in one transaction, in the order given: each is applied to
 * the chart as the ones before it left it and gets its own version and log row, exactly as if
 * they had been committed one by one. Under a workshop's load this is what keeps up: the cost of a
 * transaction (the version claim, the writes, the commit) is paid once for every batch that
 * arrived while the previous one was being written. A batch already in the log (same client and
 * seq: a retry after a lost answer) gets its first answer and takes no version.
 */
export async function commitChartBatches(db: Db, chartId: string, queued: readonly QueuedBatch[]): Promise<{ chart: VersionedChart; answers: BatchAnswer[]; events: ChangeEvent[] | null; committed: boolean }> {
  const now = new Date();
  return db.$transaction(async (tx) => {
    // Claim the versions first: in PostgreSQL this row lock orders writers across instances.
    // The statements of this path are plain SQL: they run on every commit, and a Prisma model
    // query is compiled anew each time (several times the cost of the statement).
    const [claimed] = await tx.$queryRaw<{ version: number }[]>`
      UPDATE "Chart" SET version = version + ${queued.length}, "updatedAt" = ${now} WHERE id = ${chartId} RETURNING version`;
    if (claimed === undefined) throw notFound("Chart not found");
    const claimedUpTo = Number(claimed.version);
    const base = claimedUpTo - queued.length;
    await catchUpTail(tx, chartId, base);
    const earlier = await answersInLog(tx, chartId, base, queued);

    const before = await workingCopy(tx, chartId, base);
    let chart = before;
    const applied: ChartOp[] = [];
    const rows: Prisma.Sql[] = [];
    const answers: BatchAnswer[] = [];
    // The log rows as a stream reads them back, when every actor's name is at hand.
    let events: ChangeEvent[] | null = [];
    for (const { actor, batch } of queued) {
      const key = keyOf(batch);
      const first = key === null ? undefined : earlier.get(key);
      if (first !== undefined) {
        answers.push(first);
        continue;
      }
      const outcome = applyBatch(chart, batch.ops, batch.gestures);
      chart = { ...outcome.chart, version: chart.version + 1 };
      applied.push(...outcome.applied);
      rows.push(
        Prisma.sql`(${chartId}, ${chart.version}, ${actor.userId}, ${batch.clientId ?? null}, ${batch.seq ?? null}, ${JSON.stringify(outcome.applied)}, ${JSON.stringify(outcome.results)}, ${now})`,
      );
      if (actor.name === undefined) events = null;
      events?.push({ version: chart.version, clientId: batch.clientId ?? null, seq: batch.seq ?? null, actor: { id: actor.userId, name: actor.name ?? "" }, ops: outcome.applied });
      const answer = { version: chart.version, results: outcome.results };
      answers.push(answer);
      // The same batch twice in one group (a retry that caught up with its first try) is one batch.
      if (key !== null) earlier.set(key, answer);
    }
    // Versions claimed for batches that turned out to be retries are given back.
    if (chart.version !== claimedUpTo) await tx.$executeRaw`UPDATE "Chart" SET version = ${chart.version} WHERE id = ${chartId}`;
    if (rows.length > 0) {
      await persistChartChanges(tx, chartId, before, chart, applied);
      await tx.$executeRaw`
        INSERT INTO "ChartChange" ("chartId", version, "actorId", "clientId", seq, ops, results, "createdAt")
        VALUES ${Prisma.join(rows)}`;
    }
    return { chart, answers, events, committed: rows.length > 0 };
  }, CHART_TRANSACTION);
}

function keyOf(batch: BatchInput): string | null {
  return batch.clientId === undefined || batch.seq === undefined ? null : `${batch.seq}:${batch.clientId}`;
}

/**
 * The answers the log already holds for these batches, by client and seq. A client that keeps
 * editing has its previous batch in this instance's tail, which settles it without a read.
 */
async function answersInLog(tx: Pick<Db, "$queryRaw">, chartId: string, version: number, queued: readonly QueuedBatch[]): Promise<Map<string, BatchAnswer>> {
  const keyed = queued.map((q) => q.batch).filter((b) => keyOf(b) !== null && !surelyNotLogged(chartId, version, b.clientId as string, b.seq as number));
  const found = new Map<string, BatchAnswer>();
  if (keyed.length === 0) return found;
  const clients = [...new Set(keyed.map((b) => b.clientId as string))];
  const seqs = [...new Set(keyed.map((b) => b.seq as number))];
  // Matches on both lists may pair a client with another's seq; only the pairs asked for count.
  const rows = await tx.$queryRaw<{ clientId: string; seq: number; version: number; results: string }[]>`
    SELECT "clientId" AS "clientId", seq, version, results FROM "ChartChange"
    WHERE "chartId" = ${chartId} AND "clientId" IN (${Prisma.join(clients)}) AND seq IN (${Prisma.join(seqs)})`;
  const wanted = new Set(keyed.map(keyOf));
  for (const row of rows) {
    const key = `${Number(row.seq)}:${row.clientId}`;
    if (wanted.has(key)) found.set(key, { version: Number(row.version), results: JSON.parse(row.results) as OpResult[] });
  }
  return found;
}
