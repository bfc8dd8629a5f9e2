/**
 * What the data layer announces after a commit, for the live streams: a chart has a new version, or
 * its comments or acknowledgements changed. The data layer only emits; `lib/server/sync/chart-change-feed.ts`
 * listens and fans it out to every instance. The listeners live on globalThis because Next bundles
 * the boot hook (instrumentation.ts) and each route apart, and each bundle has its own copy of
 * this module: they must all reach one set.
 */
export type ChartSignal = { kind: "change"; version: number } | { kind: "comments" } | { kind: "acknowledgements" };

type Listener = (chartId: string, signal: ChartSignal) => void;

const globalForSignals = globalThis as unknown as { orgplanChartSignals?: Set<Listener> };

function listeners(): Set<Listener> {
  return (globalForSignals.orgplanChartSignals ??= new Set());
}

export function onChartSignal(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Called only after the transaction committed: a stream woken earlier would read nothing new. */
export function emitChartSignal(chartId: string, signal: ChartSignal): void {
  for (const listener of listeners()) {
    try {
      listener(chartId, signal);
    } catch {
      // A listener's failure costs the streams latency (they poll), never the write.
    }
  }
}
