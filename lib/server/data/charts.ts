import type { ChartOp } from "../../org/chart-ops";
import { applyOps } from "../../org/apply-ops";
import type { Chart, VersionedChart } from "../../org/types";
import { chartFromRows, chartToRows } from "../chart-mapper";
import type { Db, Tx } from "../create-prisma-client";
import { AppError, invalid } from "../errors";
import type { Acknowledgement } from "../../rules";
import { requireChartAccess, requireOrgAccess } from "./access";
import { insertAcknowledgements, loadAcknowledgements } from "./acknowledgements";
import type { Actor } from "./actor";
import { byActor, recordAudit } from "./audit";
import { createInChunks, persistChartChanges } from "./persist-chart-changes";


/**
 * Big charts (10,000 nodes) are written in one transaction; Prisma's 5 s default is too short for
 * that on a loaded machine, and a writer should wait its turn rather than fail.
 */
const CHART_TRANSACTION = { timeout: 60_000, maxWait: 20_000 } as const;

export async function getChart(db: Db, actor: Actor, chartId: string): Promise<{ chart: VersionedChart; orgId: string; role: string; orgName: string }> {
  const access = await requireChartAccess(db, actor, chartId, "chart.read");
  const chart = await loadChart(db, chartId);
  return { chart, orgId: access.orgId, role: access.role, orgName: access.orgName };
}

export async function loadChart(tx: Pick<Db, "chart" | "chartNode" | "chartEdge">, chartId: string): Promise<VersionedChart> {
  const [chart, nodes, edges] = await Promise.all([
    tx.chart.findUniqueOrThrow({ where: { id: chartId }, select: { id: true, name: true, version: true } }),
    tx.chartNode.findMany({ where: { chartId }, include: { responsibilities: true } }),
    tx.chartEdge.findMany({ where: { chartId } }),
  ]);
  return chartFromRows(chart, nodes, edges);
}

export async function createChart(
  db: Db,
  actor: Actor,
  orgId: string,
  content: Chart,
  acknowledgements: readonly Acknowledgement[] = [],
): Promise<{ id: string }> {
  await requireOrgAccess(db, actor, orgId, "chart.create");
  return db.$transaction(async (tx) => {
    const chart = await tx.chart.create({ data: { orgId, name: content.name.trim() }, select: { id: true } });
    await insertContent(tx, chart.id, content);
    await insertAcknowledgements(tx, chart.id, acknowledgements, null);
    return chart;
  }, CHART_TRANSACTION);
}

/** A rename is one more edit: it goes through the same versioned, logged path as canvas edits. */
export async function renameChart(db: Db, actor: Actor, chartId: string, name: string): Promise<{ version: number }> {
  let { version } = await requireChartAccess(db, actor, chartId, "chart.rename");
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = await applyChartOps(db, actor, chartId, version, [{ type: "renameChart", name: name.trim() }], "chart.rename");
    if (result.status === "applied") return { version: result.version };
    // A conflict hands back the current chart: retry on its version without asking again.
    version = result.chart.version;
  }
  throw new AppError("conflict", "The chart is being edited heavily right now; try renaming again.");
}

export async function duplicateChart(db: Db, actor: Actor, chartId: string, name: string): Promise<{ id: string }> {
  const access = await requireChartAccess(db, actor, chartId, "chart.duplicate");
  await requireOrgAccess(db, actor, access.orgId, "chart.create");
  const source = await loadChart(db, chartId);
  const acknowledgements = await loadAcknowledgements(db, chartId);
  return db.$transaction(async (tx) => {
    const copy = await tx.chart.create({ data: { orgId: access.orgId, name: name.trim() }, select: { id: true } });
    await insertContent(tx, copy.id, { ...source, name });
    await insertAcknowledgements(tx, copy.id, acknowledgements, null);
    return copy;
  }, CHART_TRANSACTION);
}

export async function deleteChart(db: Db, actor: Actor, chartId: string): Promise<void> {
  const access = await requireChartAccess(db, actor, chartId, "chart.delete");
  await db.$transaction(async (tx) => {
    const chart = await tx.chart.delete({ where: { id: chartId }, select: { name: true } });
    await recordAudit(tx, { action: "chart.deleted", orgId: access.orgId, ...byActor(actor), detail: { chartId, chart: chart.name } });
  });
}

export type ApplyResult =
  | { status: "applied"; version: number }
  | { status: "conflict"; chart: VersionedChart };

/**
 * Applies one batch of edits on top of `baseVersion`. A batch based on an older version is never
 * applied: the caller gets the current chart back and rebases (or asks the user). A batch that
 * breaks the chart (a cycle, a second manager, an unknown id) is refused whole.
 */
export async function applyChartOps(
  db: Db,
  actor: Actor,
  chartId: string,
  baseVersion: number,
  ops: ChartOp[],
  action: "chart.edit" | "chart.rename" = "chart.edit",
): Promise<ApplyResult> {
  const access = await requireChartAccess(db, actor, chartId, action);
  if (access.version !== baseVersion) return { status: "conflict", chart: await loadChart(db, chartId) };
  const outcome = await db.$transaction(async (tx): Promise<ApplyResult | null> => {
    // Claim the next version first: in PostgreSQL this row lock serialises concurrent writers.
    const claimed = await tx.chart.updateMany({ where: { id: chartId, version: baseVersion }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) return null;
    const before = await loadChart(tx, chartId);
    const result = applyOps(before, ops);
    if (!result.ok) throw invalid(result.error.message, result.error);
    await persistChartChanges(tx, chartId, before, result.chart);
    const version = baseVersion + 1;
    await tx.chartChange.create({ data: { chartId, version, actorId: actor.userId, ops: JSON.stringify(ops) } });
    return { status: "applied", version };
  }, CHART_TRANSACTION);
  return outcome ?? { status: "conflict", chart: await loadChart(db, chartId) };
}

async function insertContent(tx: Tx, chartId: string, content: Chart): Promise<void> {
  const rows = chartToRows(chartId, content);
  await createInChunks(rows.nodes, (data) => tx.chartNode.createMany({ data }));
  await createInChunks(rows.edges, (data) => tx.chartEdge.createMany({ data }));
  await createInChunks(rows.responsibilities, (data) => tx.responsibility.createMany({ data }));
}
