import type { ChangeEvent } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import { CHANGES_PAGE, readChartChanges } from "./chart-changes";

/** Recent changes kept per chart: enough for any stream or answer that is not far behind. */
const KEEP = 1000;
/** Charts whose tail is kept per instance (the ones being watched). */
const HOT_CHARTS = 64;

/**
 * The end of each watched chart's log, read once per instance however many streams watch it: a
 * commit wakes twenty participants' streams, and they share one read of the log instead of
 * making twenty. The log stays the truth; this is a cache of its newest rows, which never change.
 */
interface Tail {
  /** Contiguous versions, oldest first; the last one is `cursor`. */
  events: ChangeEvent[];
  cursor: number;
  running: Promise<void> | null;
  queued: Promise<void> | null;
}

const tails = new Map<string, Tail>();

/**
 * The changes after `since`, oldest first (at most a page), read after this call: everything
 * committed before it is included. No access check: the caller checked the chart.
 */
export async function changesAfter(db: Pick<Db, "$queryRaw">, chartId: string, since: number, announced?: number): Promise<ChangeEvent[]> {
  const tail = tailOf(chartId, since);
  // Woken for a version this instance committed itself: the tail has it already, no read needed.
  if (announced === undefined || tail.cursor < announced) await refresh(db, chartId, tail);
  return cached(tail, since, tail.cursor) ?? readChartChanges(db, chartId, since);
}

/**
 * What this instance has just committed, as the log now holds it: appended when it follows the
 * tail's end, so neither the streams nor the answers read back what was just written. Otherwise
 * (another instance's versions in between) the next read brings everything in order.
 */
export function appendCommitted(chartId: string, events: readonly ChangeEvent[]): void {
  const tail = tails.get(chartId);
  if (tail === undefined || events[0] === undefined || events[0].version !== tail.cursor + 1) return;
  tail.events.push(...events);
  tail.cursor = events[events.length - 1]!.version;
  if (tail.events.length > KEEP) tail.events.splice(0, tail.events.length - KEEP);
}

/**
 * Before a commit, under the chart's row lock: brings a watched chart's tail up to `version` (the
 * version the lock was claimed at, so everything up to it is committed) with one read on the
 * transaction. Another instance's commits are then at hand both for the working copy's catch-up
 * and for judging retries (`surelyNotLogged`), where each would otherwise read the log apart while
 * the lock is held. An unwatched chart has no tail and is left alone.
 */
export async function catchUpTail(tx: Pick<Db, "$queryRaw">, chartId: string, version: number): Promise<void> {
  const tail = tails.get(chartId);
  if (tail === undefined || tail.cursor >= version || version - tail.cursor > CHANGES_PAGE) return;
  append(tail, await readChartChanges(tx, chartId, tail.cursor, version));
}

/**
 * The changes in (since, until], committed already (an answer's catch-up): from the tail, which
 * one shared read brings up to date when it lags, so a group of answers costs one read, not one each.
 */
export async function changesBetween(db: Pick<Db, "$queryRaw">, chartId: string, since: number, until: number): Promise<ChangeEvent[]> {
  const hit = cachedChanges(chartId, since, until);
  if (hit !== null) return hit;
  await refresh(db, chartId, tailOf(chartId, since));
  return cachedChanges(chartId, since, until) ?? readChartChanges(db, chartId, since, until);
}

/**
 * True when the log surely has no row for this client's `seq`, judged from this instance's tail
 * alone: the tail reaches `version` (the chart's current one) and holds the client's `seq - 1`
 * with nothing of `seq` after it. A client sends its next batch only once the previous one was
 * answered, so `seq` cannot be older than `seq - 1`. False means "read the log to know".
 */
export function surelyNotLogged(chartId: string, version: number, clientId: string, seq: number): boolean {
  const tail = tails.get(chartId);
  if (tail === undefined || tail.cursor !== version) return false;
  for (let i = tail.events.length - 1; i >= 0; i--) {
    const event = tail.events[i]!;
    if (event.clientId !== clientId) continue;
    if (event.seq === seq - 1) return true;
    if (event.seq === seq) return false;
  }
  return false;
}

/** The changes in (since, until] when this instance has them all at hand, else null. */
export function cachedChanges(chartId: string, since: number, until: number): ChangeEvent[] | null {
  const tail = tails.get(chartId);
  return tail === undefined || tail.cursor < until ? null : cached(tail, since, until);
}

function cached(tail: Tail, since: number, until: number): ChangeEvent[] | null {
  const first = tail.events[0]?.version ?? tail.cursor + 1;
  if (since < first - 1) return null;
  // events[k] is version first + k.
  const from = since + 1 - first;
  return tail.events.slice(from, Math.min(until + 1 - first, from + CHANGES_PAGE));
}

function tailOf(chartId: string, since: number): Tail {
  let tail = tails.get(chartId);
  if (tail === undefined) tail = { events: [], cursor: since, running: null, queued: null };
  tails.delete(chartId);
  tails.set(chartId, tail);
  while (tails.size > HOT_CHARTS) tails.delete(tails.keys().next().value as string);
  return tail;
}

/** A read that starts after this call; callers arriving while one is queued share it. */
function refresh(db: Pick<Db, "$queryRaw">, chartId: string, tail: Tail): Promise<void> {
  if (tail.queued !== null) return tail.queued;
  if (tail.running === null) return start(db, chartId, tail);
  const next = () => {
    tail.queued = null;
    return start(db, chartId, tail);
  };
  tail.queued = tail.running.then(next, next);
  return tail.queued;
}

function start(db: Pick<Db, "$queryRaw">, chartId: string, tail: Tail): Promise<void> {
  const run = (async () => {
    for (;;) {
      const rows = await readChartChanges(db, chartId, tail.cursor);
      if (!append(tail, rows) || rows.length < CHANGES_PAGE) return;
    }
  })();
  const settled: Promise<void> = run.finally(() => {
    if (tail.running === settled) tail.running = null;
  });
  tail.running = settled;
  return settled;
}

/**
 * Adds rows read from the log after the tail's end; false at a gap. Versions are claimed under the
 * chart's row lock, so they commit in order; a gap would be a bug, and the next read fills it
 * rather than the cache skipping a version. Rows another read or this instance's own commits
 * appended meanwhile are there already.
 */
function append(tail: Tail, rows: readonly ChangeEvent[]): boolean {
  for (const row of rows) {
    if (row.version <= tail.cursor) continue;
    if (row.version !== tail.cursor + 1) return false;
    tail.events.push(row);
    tail.cursor = row.version;
  }
  if (tail.events.length > KEEP) tail.events.splice(0, tail.events.length - KEEP);
  return true;
}
