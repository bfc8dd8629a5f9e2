import type { Acknowledgement, AcknowledgedFinding } from "../../rules";
import { findingKey } from "../../rules";
import { acknowledgementFromRow, acknowledgementToRow } from "../chart-mapper";
import type { Db, Tx } from "../create-prisma-client";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";
import { emitChartSignal } from "./chart-signals";

/** The team's acknowledged findings of a chart, oldest first. Anyone who may read the chart sees them. */
export async function listAcknowledgements(db: Db, actor: Actor, chartId: string): Promise<Acknowledgement[]> {
  await requireChartAccess(db, actor, chartId, "chart.read");
  return loadAcknowledgements(db, chartId);
}

export async function loadAcknowledgements(tx: Pick<Db, "findingAcknowledgement">, chartId: string): Promise<Acknowledgement[]> {
  const rows = await tx.findingAcknowledgement.findMany({ where: { chartId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(acknowledgementFromRow).filter((entry): entry is Acknowledgement => entry !== null);
}

/**
 * Records "we know, and we keep it so" for one finding, by whoever may edit the chart. Acknowledging
 * it again replaces the reason (and who and when). Returns the chart's acknowledgements.
 */
export async function acknowledgeFinding(db: Db, actor: Actor, chartId: string, finding: AcknowledgedFinding, reason: string): Promise<Acknowledgement[]> {
  await requireChartAccess(db, actor, chartId, "chart.edit");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true } });
  const row = acknowledgementToRow(chartId, finding, { reason, byName: user.name, userId: actor.userId, createdAt: new Date() });
  await db.findingAcknowledgement.upsert({ where: { chartId_key: { chartId, key: row.key } }, create: row, update: row });
  emitChartSignal(chartId, { kind: "acknowledgements" });
  return loadAcknowledgements(db, chartId);
}

/** Reopens an acknowledged finding: it is an open finding again for everyone. */
export async function reopenFinding(db: Db, actor: Actor, chartId: string, finding: AcknowledgedFinding): Promise<Acknowledgement[]> {
  await requireChartAccess(db, actor, chartId, "chart.edit");
  await db.findingAcknowledgement.deleteMany({ where: { chartId, key: findingKey(finding) } });
  emitChartSignal(chartId, { kind: "acknowledgements" });
  return loadAcknowledgements(db, chartId);
}

/** Stores acknowledgements that arrive with a chart (an import, the demo, a copy), inside its transaction. */
export async function insertAcknowledgements(tx: Tx, chartId: string, acknowledgements: readonly Acknowledgement[], userId: string | null): Promise<void> {
  const rows = new Map<string, ReturnType<typeof acknowledgementToRow>>();
  for (const { reason, by, at, ...finding } of acknowledgements) {
    const row = acknowledgementToRow(chartId, finding, { reason, byName: by, userId, createdAt: new Date(at) });
    rows.set(row.key, row);
  }
  if (rows.size > 0) await tx.findingAcknowledgement.createMany({ data: [...rows.values()] });
}
