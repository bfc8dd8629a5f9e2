import "server-only";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../../prisma/resolve-database";
import { db } from "../db";
import { onChartCommit } from "../data/apply-chart-batch";

/**
 * Wakes the open event streams of a chart when it has a new version. The ChartChange table is the
 * truth: a wake-up only tells a stream to read the rows it lacks, so a lost wake-up costs
 * latency (the streams also poll slowly), never an edit.
 *
 * SQLite runs in one process: commits wake the streams in-process. On PostgreSQL every commit
 * also sends pg_notify, and every instance keeps one dedicated LISTEN connection (reconnecting
 * with backoff) that wakes its own streams, whichever instance committed.
 */
const CHANNEL = "orgplan_chart_changes";
const MAX_BACKOFF_MS = 10_000;

type Wake = () => void;

interface Feed {
  watchers: Map<string, Set<Wake>>;
  target: DatabaseTarget;
  listener: pg.Client | null;
  connecting: boolean;
  backoff: number;
}

// One feed per process; Next may evaluate this module more than once.
const globalForFeed = globalThis as unknown as { orgplanChartFeed?: Feed };

function feed(): Feed {
  if (globalForFeed.orgplanChartFeed) return globalForFeed.orgplanChartFeed;
  const created: Feed = { watchers: new Map(), target: resolveDatabase(), listener: null, connecting: false, backoff: 500 };
  globalForFeed.orgplanChartFeed = created;
  onChartCommit((chartId, version) => {
    wakeWatchers(created, chartId);
    if (created.target.provider === "postgresql") {
      // After the commit: a crash in between costs the other instances one polling interval.
      db()
        .$executeRawUnsafe("SELECT pg_notify($1, $2)", CHANNEL, `${chartId}:${version}`)
        .catch(() => undefined);
    }
  });
  return created;
}

/** True when other instances may write: streams then poll a little more often as a safety net. */
export function sharedDatabase(): boolean {
  return feed().target.provider === "postgresql";
}

/** Calls `wake` whenever the chart may have a new version, until the returned function is called. */
export function watchChart(chartId: string, wake: Wake): () => void {
  const current = feed();
  let set = current.watchers.get(chartId);
  if (set === undefined) current.watchers.set(chartId, (set = new Set()));
  set.add(wake);
  if (current.target.provider === "postgresql") ensureListening(current);
  return () => {
    set.delete(wake);
    if (set.size === 0) current.watchers.delete(chartId);
  };
}

function wakeWatchers(current: Feed, chartId: string): void {
  for (const wake of current.watchers.get(chartId) ?? []) wake();
}

function wakeAll(current: Feed): void {
  for (const chartId of current.watchers.keys()) wakeWatchers(current, chartId);
}

function ensureListening(current: Feed): void {
  if (current.listener !== null || current.connecting || current.target.provider !== "postgresql") return;
  current.connecting = true;
  const target = current.target;
  const client = new pg.Client({ host: target.host, port: target.port, user: target.user, password: target.password, database: target.database });
  const retry = () => {
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (current.listener === client) current.listener = null;
    current.connecting = false;
    const delay = current.backoff;
    current.backoff = Math.min(current.backoff * 2, MAX_BACKOFF_MS);
    setTimeout(() => {
      if (current.watchers.size > 0) ensureListening(current);
    }, delay).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    const chartId = message.payload?.split(":")[0];
    if (chartId) wakeWatchers(current, chartId);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => {
      current.listener = client;
      current.connecting = false;
      current.backoff = 500;
      // Notifications sent while we were not listening are gone: every stream reads what it lacks.
      wakeAll(current);
    })
    .catch(retry);
}
