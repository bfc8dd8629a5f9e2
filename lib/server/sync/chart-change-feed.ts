import "server-only";
import { onChartCommit } from "../data/apply-chart-batch";
import { onResync, publish, subscribe } from "./database-notifications";

/**
 * Wakes the open event streams of a chart when it has a new version. The ChartChange table is the
 * truth: a wake-up only tells a stream to read the rows it lacks, so a lost wake-up costs
 * latency (the streams also poll slowly), never an edit. Every commit, on whichever instance,
 * is published with a small payload (chart id and version) after it committed.
 */
const CHANNEL = "orgplan_chart_changes";

type Wake = () => void;

interface Feed {
  watchers: Map<string, Set<Wake>>;
}

// One feed per process; Next may evaluate this module more than once.
const globalForFeed = globalThis as unknown as { orgplanChartFeed?: Feed };

function feed(): Feed {
  if (globalForFeed.orgplanChartFeed) return globalForFeed.orgplanChartFeed;
  const created: Feed = { watchers: new Map() };
  globalForFeed.orgplanChartFeed = created;
  onChartCommit((chartId, version) => publish(CHANNEL, `${chartId}:${version}`));
  subscribe(CHANNEL, (payload) => wakeWatchers(created, payload.split(":")[0] ?? ""));
  // Notifications sent while this instance was not listening are gone: every stream reads what it lacks.
  onResync(() => {
    for (const chartId of created.watchers.keys()) wakeWatchers(created, chartId);
  });
  return created;
}

/** Calls `wake` whenever the chart may have a new version, until the returned function is called. */
export function watchChart(chartId: string, wake: Wake): () => void {
  const current = feed();
  let set = current.watchers.get(chartId);
  if (set === undefined) current.watchers.set(chartId, (set = new Set()));
  set.add(wake);
  return () => {
    set.delete(wake);
    if (set.size === 0) current.watchers.delete(chartId);
  };
}

function wakeWatchers(current: Feed, chartId: string): void {
  for (const wake of current.watchers.get(chartId) ?? []) wake();
}
