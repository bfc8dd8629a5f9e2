import { TRASH_DAYS } from "../../org/limits";
import type { Chart, VersionedChart } from "../../org/types";
import { chartToRows, EDGE_COLUMNS, NODE_COLUMNS, RESPONSIBILITY_COLUMNS } from "../chart-mapper";
import type { Db, Tx } from "../create-prisma-client";
import type { Prisma } from "../generated/sqlite/client";
import type { Acknowledgement } from "../../rules";
import { invalid, notFound } from "../errors";
import { applyChartBatch } from "./apply-chart-batch";
import { loadChart } from "./load-chart";
import { requireChartAccess, requireOrgAccess, type ChartAccess } from "./access";
import { insertAcknowledgements, loadAcknowledgements } from "./acknowledgements";
import type { Actor } from "./actor";
import { byActor, recordAudit } from "./audit";
import { insertRowsInBulk } from "./insert-rows-in-bulk";

/**
 * Big charts (10,000 nodes) are written in one transaction; Prisma's 5 s default is too short for
 * that on a loaded machine, and a writer should wait its turn rather than fail.
 */
const CHART_TRANSACTION = { timeout: 60_000, maxWait: 20_000 } as const;

/** `proposalState`: null for an ordinary chart, else "open", "merged" or "discarded" (lib/org/proposal.ts). */
export async function getChart(
  db: Db,
  actor: Actor,
  chartId: string,
): Promise<{ chart: VersionedChart; orgId: string; role: string; orgName: string; proposalState: string | null }> {
  const access = await requireChartAccess(db, actor, chartId, "chart.read");
  const chart = await loadChart(db, chartId);
  return { chart, orgId: access.orgId, role: access.role, orgName: access.orgName, proposalState: access.proposalState };
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

/** A rename is one more edit: it goes through the same versioned, logged, streamed path as canvas edits. */
export async function renameChart(db: Db, actor: Actor, chartId: string, name: string): Promise<{ version: number }> {
  const answer = await applyChartBatch(db, actor, chartId, { ops: [{ type: "renameChart", name: name.trim() }] }, "chart.rename");
  const result = answer.results[0];
  if (result?.status === "refused") throw invalid("The chart name is not valid.", result.reason);
  return { version: answer.version };
}

export async function duplicateChart(db: Db, actor: Actor, chartId: string, name: string): Promise<{ id: string }> {
  const access = await requireChartAccess(db, actor, chartId, "chart.duplicate");
  await requireOrgAccess(db, actor, access.orgId, "chart.create");
  return copyChart(db, chartId, access, () => ({ orgId: access.orgId, name: name.trim() }));
}

/**
 * A new chart holding a copy of another's content and acknowledgements (a duplicate, a proposal),
 * in one transaction, for a caller whose access to the source was checked (`_granted`) and who may
 * create charts. `describe` gives the new chart's row from the source as it was read.
 */
export async function copyChart(
  db: Db,
  sourceId: string,
  _granted: ChartAccess,
  describe: (source: VersionedChart) => Prisma.ChartUncheckedCreateInput,
): Promise<{ id: string }> {
  const source = await loadChart(db, sourceId);
  const acknowledgements = await loadAcknowledgements(db, sourceId);
  return db.$transaction(async (tx) => {
    const data = describe(source);
    const copy = await tx.chart.create({ data, select: { id: true } });
    await insertContent(tx, copy.id, { ...source, name: data.name });
    await insertAcknowledgements(tx, copy.id, acknowledgements, null);
    return copy;
  }, CHART_TRANSACTION);
}

/**
 * Moves a chart to the organisation's trash: it disappears for everyone at once (its live streams
 * end as "deleted"), and anyone who may delete charts can restore it for TRASH_DAYS days.
 */
export async function deleteChart(db: Db, actor: Actor, chartId: string): Promise<void> {
  const access = await requireChartAccess(db, actor, chartId, "chart.delete");
  await db.$transaction(async (tx) => {
    const chart = await tx.chart.update({ where: { id: chartId }, data: { deletedAt: new Date() }, select: { name: true } });
    await recordAudit(tx, { action: "chart.deleted", orgId: access.orgId, ...byActor(actor), detail: { chartId, chart: chart.name } });
    await purgeTrash(tx, access.orgId);
  });
}

/** Brings a chart back from the trash, as it was: for those who may delete charts. */
export async function restoreChart(db: Db, actor: Actor, chartId: string): Promise<void> {
  const chart = await db.chart.findFirst({
    where: { id: chartId, org: { memberships: { some: { userId: actor.userId } } } },
    select: { orgId: true, name: true, deletedAt: true },
  });
  if (chart === null) throw notFound("Chart not found");
  await requireOrgAccess(db, actor, chart.orgId, "chart.delete");
  if (chart.deletedAt === null || chart.deletedAt < trashCutoff()) throw notFound("This chart is not in the trash.");
  await db.$transaction(async (tx) => {
    await tx.chart.update({ where: { id: chartId }, data: { deletedAt: null } });
    await recordAudit(tx, { action: "chart.restored", orgId: chart.orgId, ...byActor(actor), detail: { chartId, chart: chart.name } });
  });
}

export function trashCutoff(now = new Date()): Date {
  return new Date(now.getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000);
}

/** Charts in the trash for longer than TRASH_DAYS are removed with everything they hold. */
async function purgeTrash(tx: Tx, orgId: string): Promise<void> {
  await tx.chart.deleteMany({ where: { orgId, deletedAt: { lt: trashCutoff() } } });
}

export async function insertContent(tx: Tx, chartId: string, content: Chart): Promise<void> {
  const rows = chartToRows(chartId, content);
  await insertRowsInBulk(tx, "ChartNode", NODE_COLUMNS, rows.nodes);
  await insertRowsInBulk(tx, "ChartEdge", EDGE_COLUMNS, rows.edges);
  await insertRowsInBulk(tx, "Responsibility", RESPONSIBILITY_COLUMNS, rows.responsibilities);
}
