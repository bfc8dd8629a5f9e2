import { applyBatch, type OpResult } from "../../org/apply-batch";
import type { ChartOp } from "../../org/chart-ops";
import type { BatchAnswer } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";
import { notFound } from "../errors";
import { cachedChanges } from "./chart-change-tail";
import { emitChartSignal } from "./chart-signals";
import { CHANGES_PAGE, readChartChanges } from "./chart-changes";
import { forget, remember, workingCopy } from "./chart-working-copy";
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

/** Batches of one chart on this instance run one after another, so the working copy is never raced. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(chartId: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(chartId) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(chartId, settled);
  void settled.then(() => {
    if (queues.get(chartId) === settled) queues.delete(chartId);
  });
  return next;
}

class Replayed extends Error {
  constructor(readonly answer: BatchAnswer) {
    super("batch already applied");
  }
}

/**
 * Applies one batch to the chart as it is now, whatever version the client saw: op by op, last
 * writer wins per field, and only ops that no longer make sense are refused (applyBatch). Only
 * the rows the batch changes are written, in one transaction with its log row; the answer is
 * given after the commit. A batch sent again (same client and seq) gets its first answer and is
 * not applied twice.
 */
export async function applyChartBatch(
  db: Db,
  actor: Actor,
  chartId: string,
  batch: BatchInput,
  action: "chart.edit" | "chart.rename" = "chart.edit",
): Promise<BatchAnswer> {
  await requireChartAccess(db, actor, chartId, action);
  const answer = await serialised(chartId, () => commit(db, actor, chartId, batch));
  if (batch.baseVersion === undefined) return answer;
  // What the client missed between its base and its own batch, so an answer alone is enough to
  // catch up; too far behind, it reloads the chart (null).
  const missed = answer.version - 1 - batch.baseVersion;
  if (missed <= 0) return { ...answer, changes: [] };
  if (missed > CHANGES_PAGE) return { ...answer, changes: null };
  return { ...answer, changes: cachedChanges(chartId, batch.baseVersion, answer.version - 1) ?? (await readChartChanges(db, chartId, batch.baseVersion, answer.version - 1)) };
}

async function commit(db: Db, actor: Actor, chartId: string, batch: BatchInput): Promise<BatchAnswer> {
  try {
    const committed = await db.$transaction(async (tx) => {
      const now = new Date();
      // Claim the next version first: in PostgreSQL this row lock orders writers across instances.
      // The statements of this path are plain SQL: they run on every edit, and a Prisma model
      // query is compiled anew each time (several times the cost of the statement).
      const [claimed] = await tx.$queryRaw<{ version: number }[]>`
        UPDATE "Chart" SET version = version + 1, "updatedAt" = ${now} WHERE id = ${chartId} RETURNING version`;
      if (claimed === undefined) throw notFound("Chart not found");
      const version = Number(claimed.version);
      if (batch.clientId !== undefined && batch.seq !== undefined) {
        const [earlier] = await tx.$queryRaw<{ version: number; results: string }[]>`
          SELECT version, results FROM "ChartChange" WHERE "chartId" = ${chartId} AND "clientId" = ${batch.clientId} AND seq = ${batch.seq}`;
        // Throwing rolls the claimed version back.
        if (earlier !== undefined) throw new Replayed({ version: Number(earlier.version), results: JSON.parse(earlier.results) as OpResult[] });
      }
      const before = await workingCopy(tx, chartId, version - 1);
      const outcome = applyBatch(before, batch.ops, batch.gestures);
      await persistChartChanges(tx, chartId, before, outcome.chart, outcome.applied);
      await tx.$executeRaw`
        INSERT INTO "ChartChange" ("chartId", version, "actorId", "clientId", seq, ops, results, "createdAt")
        VALUES (${chartId}, ${version}, ${actor.userId}, ${batch.clientId ?? null}, ${batch.seq ?? null}, ${JSON.stringify(outcome.applied)}, ${JSON.stringify(outcome.results)}, ${now})`;
      return { chart: { ...outcome.chart, version }, results: outcome.results };
    }, CHART_TRANSACTION);
    remember(committed.chart);
    emitChartSignal(chartId, { kind: "change", version: committed.chart.version });
    return { version: committed.chart.version, results: committed.results };
  } catch (error) {
    if (error instanceof Replayed) return error.answer;
    // The commit may or may not have happened: the next batch reads the chart afresh.
    forget(chartId);
    throw error;
  }
}
