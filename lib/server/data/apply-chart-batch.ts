import type { BatchAnswer } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import { requireChartAccess, type ChartAccess } from "./access";
import { forbidden } from "../errors";
import type { Actor } from "./actor";
import { appendCommitted, changesBetween } from "./chart-change-tail";
import { emitChartSignal } from "./chart-signals";
import { CHANGES_PAGE } from "./chart-changes";
import { forget, remember } from "./chart-working-copy";
import { commitChartBatches, type BatchInput, type QueuedBatch } from "./commit-chart-batches";

export type { BatchInput } from "./commit-chart-batches";

/** At most this many batches, or this many ops, share one transaction (at least one batch always). */
const GROUP_BATCHES = 64;
const GROUP_OPS = 2_000;

interface Waiting extends QueuedBatch {
  db: Db;
  resolve: (answer: BatchAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * The batches of each chart waiting on this instance, in arrival order. A chart has an entry only
 * while its commits run, so its working copy is never raced; whatever arrives meanwhile goes into
 * the next transaction together.
 */
const waiting = new Map<string, Waiting[]>();

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
  return applyGrantedBatch(db, actor, await requireChartAccess(db, actor, chartId, action), batch);
}

/** The same, for a caller whose access to write the chart was checked with its session (the ops route). */
export async function applyGrantedBatch(db: Db, actor: Actor, granted: ChartAccess, batch: BatchInput): Promise<BatchAnswer> {
  if (granted.action !== "chart.edit" && granted.action !== "chart.rename") throw forbidden("This access does not allow changing the chart");
  const chartId = granted.chartId;
  const answer = await enqueue(db, chartId, actor, batch);
  if (batch.baseVersion === undefined) return answer;
  // What the client missed between its base and its own batch, so an answer alone is enough to
  // catch up; too far behind, it reloads the chart (null).
  const missed = answer.version - 1 - batch.baseVersion;
  if (missed <= 0) return { ...answer, changes: [] };
  if (missed > CHANGES_PAGE) return { ...answer, changes: null };
  return { ...answer, changes: await changesBetween(db, chartId, batch.baseVersion, answer.version - 1) };
}

function enqueue(db: Db, chartId: string, actor: Actor, batch: BatchInput): Promise<BatchAnswer> {
  return new Promise((resolve, reject) => {
    const line = waiting.get(chartId);
    if (line !== undefined) return void line.push({ db, actor, batch, resolve, reject });
    waiting.set(chartId, [{ db, actor, batch, resolve, reject }]);
    void drain(chartId);
  });
}

async function drain(chartId: string): Promise<void> {
  for (;;) {
    const line = waiting.get(chartId) ?? [];
    if (line.length === 0) return void waiting.delete(chartId);
    await commitGroup(chartId, takeGroup(line));
  }
}

function takeGroup(line: Waiting[]): Waiting[] {
  let count = 1;
  let ops = line[0]!.batch.ops.length;
  while (count < line.length && count < GROUP_BATCHES && line[count]!.db === line[0]!.db) {
    ops += line[count]!.batch.ops.length;
    if (ops > GROUP_OPS) break;
    count += 1;
  }
  return line.splice(0, count);
}

async function commitGroup(chartId: string, group: Waiting[]): Promise<void> {
  try {
    const { chart, answers, events, committed } = await commitChartBatches(group[0]!.db, chartId, group);
    remember(chart);
    if (events !== null) appendCommitted(chartId, events);
    if (committed) emitChartSignal(chartId, { kind: "change", version: chart.version });
    group.forEach((w, i) => w.resolve(answers[i]!));
  } catch (error) {
    // The commit may or may not have happened: the next batch reads the chart afresh.
    forget(chartId);
    if (group.length === 1) return group[0]!.reject(error);
    // One batch that the database refuses must not fail the colleagues it was grouped with.
    for (const one of group) await commitGroup(chartId, [one]);
  }
}
