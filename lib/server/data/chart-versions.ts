import { CHART_LIMITS } from "../../org/limits";
import type { Chart } from "../../org/types";
import type { ChartVersionSummary } from "../../org/chart-version-summary";
import { versionContentFromRow, versionContentToRow, versionSummaryFromRow } from "../chart-mapper";
import type { Db } from "../create-prisma-client";
import { AppError, notFound } from "../errors";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";
import { loadChart } from "./load-chart";

/** Enough for years of workshops; a runaway script cannot fill the database with copies. */
export const MAX_VERSIONS_PER_CHART = 500;

const summary = { id: true, name: true, version: true, createdAt: true, createdBy: { select: { name: true } } } as const;

/**
 * Saves the chart as it is now (its last saved version) under a name: anyone who may edit it.
 * Edits still on their way from a tab are not in it, as they are not yet in the chart.
 */
export async function saveChartVersion(db: Db, actor: Actor, chartId: string, name: string): Promise<ChartVersionSummary> {
  await requireChartAccess(db, actor, chartId, "chart.edit");
  return db.$transaction(async (tx) => {
    if ((await tx.chartVersion.count({ where: { chartId } })) >= MAX_VERSIONS_PER_CHART) {
      throw new AppError("invalid", `A chart keeps at most ${MAX_VERSIONS_PER_CHART} named versions.`);
    }
    const chart = await loadChart(tx, chartId);
    const row = await tx.chartVersion.create({
      data: { chartId, name: name.slice(0, CHART_LIMITS.chartName), version: chart.version, content: versionContentToRow(chart), createdById: actor.userId },
      select: summary,
    });
    return versionSummaryFromRow(row);
  });
}

/** The chart's named versions, newest first: anyone who may read the chart. */
export async function listChartVersions(db: Db, actor: Actor, chartId: string): Promise<ChartVersionSummary[]> {
  await requireChartAccess(db, actor, chartId, "chart.read");
  const rows = await db.chartVersion.findMany({ where: { chartId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: summary });
  return rows.map(versionSummaryFromRow);
}

/** One version's content, to open read-only, compare or restore; only through its own chart. */
export async function readChartVersion(db: Db, actor: Actor, chartId: string, versionId: string): Promise<{ summary: ChartVersionSummary; chart: Chart }> {
  await requireChartAccess(db, actor, chartId, "chart.read");
  const row = await db.chartVersion.findFirst({ where: { id: versionId, chartId }, select: { ...summary, content: true } });
  if (row === null) throw notFound("Version not found");
  return { summary: versionSummaryFromRow(row), chart: versionContentFromRow(row.content) };
}
