import type { ChartOp } from "../../org/chart-ops";
import type { ActivityEntry } from "../../org/group-activity";
import type { Db } from "../create-prisma-client";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";

/** The activity list reads this many recent changes: a workshop's worth, never the whole log. */
export const ACTIVITY_CHANGES = 300;

/** The chart's most recent changes with who made them and when, newest first: anyone who may read it. */
export async function listChartActivity(db: Db, actor: Actor, chartId: string): Promise<ActivityEntry[]> {
  await requireChartAccess(db, actor, chartId, "chart.read");
  const rows = await db.chartChange.findMany({
    where: { chartId },
    orderBy: { version: "desc" },
    take: ACTIVITY_CHANGES,
    select: { version: true, ops: true, createdAt: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({ version: row.version, actor: row.actor?.name ?? null, at: row.createdAt.toISOString(), ops: JSON.parse(row.ops) as ChartOp[] }));
}
