import "server-only";
import { onChartSignal, type ChartSignal } from "../data/chart-signals";
import { onResync, publish, subscribe } from "./database-notifications";

/**
 * Wakes the open event streams of a chart when it has a new version, or when its comments or
 * acknowledgements changed. The database is the truth: a wake-up only tells a stream to read
 * what it lacks, so a lost wake-up costs latency (the streams also poll slowly), never an edit.
 * Every signal, on whichever instance, is published with a small payload ("<chart>:<version>",
 * "<chart>:comments") after it committed. `startChartFeed` runs at boot (instrumentation.ts), so an
 * instance that serves writes but no stream still tells the others.
 */
const CHANNEL = "orgplan_chart_changes";

type Wake = (signal: ChartSignal) => void;

interface Feed {
  watchers: Map<string, Set<Wake>>;
}

// One feed per process; Next may evaluate this module more than once.
const globalForFeed = globalThis as unknown as { orgplanChartFeed?: Feed };

export function startChartFeed(): Feed {
  if (globalForFeed.orgplanChartFeed) return globalForFeed.orgplanChartFeed;
  const created: Feed = { watchers: new Map() };
  globalForFeed.orgplanChartFeed = created;
  onChartSignal((chartId, signal) => publish(CHANNEL, `${chartId}:${signal.kind === "change" ? signal.version : signal.kind}`));
  subscribe(CHANNEL, (payload) => {
    const [chartId = "", what = ""] = payload.split(":");
    const signal: ChartSignal | null = /^\d+$/.test(what)
      ? { kind: "change", version: Number(what) }
      : what === "comments" || what === "acknowledgements"
        ? { kind: what }
        : null;
    if (signal !== null) wakeWatchers(created, chartId, signal);
  });
  // Notifications sent while this instance was not listening are gone: every stream reads what it lacks.
  onResync(() => {
    for (const chartId of created.watchers.keys()) {
      for (const signal of RESYNC_SIGNALS) wakeWatchers(created, chartId, signal);
    }
  });
  return created;
}

const RESYNC_SIGNALS: readonly ChartSignal[] = [{ kind: "change", version: 0 }, { kind: "comments" }, { kind: "acknowledgements" }];

/** Calls `wake` whenever the chart may have changed, until the returned function is called. */
export function watchChart(chartId: string, wake: Wake): () => void {
  const current = startChartFeed();
  let set = current.watchers.get(chartId);
  if (set === undefined) current.watchers.set(chartId, (set = new Set()));
  set.add(wake);
  return () => {
    set.delete(wake);
    if (set.size === 0) current.watchers.delete(chartId);
  };
}

function wakeWatchers(current: Feed, chartId: string, signal: ChartSignal): void {
  for (const wake of current.watchers.get(chartId) ?? []) wake(signal);
}
