import { applyOps } from "../../org/apply-ops";
import type { VersionedChart } from "../../org/types";
import type { Tx } from "../create-prisma-client";
import { cachedChanges } from "./chart-change-tail";
import { readChartChanges } from "./chart-changes";
import { loadChart } from "./load-chart";

/** Charts kept in memory per instance: the ones being edited now. */
const HOT_CHARTS = 16;
/** Past this many missing versions, reloading the chart costs less than replaying the log. */
const MAX_REPLAY = 200;

/**
 * Each instance keeps a working copy of the charts being edited, tagged with its version, so a
 * one-field edit of a 10,000-node chart does not reload 10,000 rows. The database stays the truth:
 * a copy older than the version asked for catches up by replaying the log rows it lacks (written
 * by another instance), and anything unexpected reloads the chart.
 */
const copies = new Map<string, VersionedChart>();

export async function workingCopy(tx: Tx, chartId: string, version: number): Promise<VersionedChart> {
  const cached = copies.get(chartId);
  if (cached !== undefined && cached.version === version) return touch(cached);
  if (cached !== undefined && cached.version < version && version - cached.version <= MAX_REPLAY) {
    const caughtUp = await replayLog(tx, cached, version);
    if (caughtUp !== null) return remember(caughtUp);
  }
  const loaded = await loadChart(tx, chartId);
  return remember({ ...loaded, version });
}

/** After a commit: the chart as it now is. */
export function remember(chart: VersionedChart): VersionedChart {
  copies.delete(chart.id);
  copies.set(chart.id, chart);
  while (copies.size > HOT_CHARTS) copies.delete(copies.keys().next().value as string);
  return chart;
}

/** A write whose outcome is unknown (a failed commit): the next batch reloads. */
export function forget(chartId: string): void {
  copies.delete(chartId);
}

function touch(chart: VersionedChart): VersionedChart {
  return remember(chart);
}

async function replayLog(tx: Tx, from: VersionedChart, to: number): Promise<VersionedChart | null> {
  // The streams of this instance usually read them already: no round trip while holding the chart's lock.
  const rows = cachedChanges(from.id, from.version, to) ?? (await readChartChanges(tx, from.id, from.version, to));
  if (rows.length !== to - from.version) return null;
  let chart = from;
  for (const row of rows) {
    const result = applyOps(chart, row.ops);
    if (!result.ok) return null;
    chart = { ...result.chart, version: row.version };
  }
  return chart;
}
