import { NextResponse } from "next/server";
import { applyChartOps } from "@/lib/server/data/charts";
import { applyOpsBodySchema } from "@/lib/server/chart-op-schema";
import { authedRoute } from "@/lib/server/route-handler";
import type { ChartOp } from "@/lib/org/chart-ops";

/**
 * POST { baseVersion, ops } → 200 { version } when applied on top of baseVersion;
 * 409 { error, chart } when the chart moved on (the client rebases its pending edits);
 * 400 when the batch would break the chart (nothing is saved).
 */
export const POST = authedRoute<{ chartId: string }, typeof applyOpsBodySchema>(applyOpsBodySchema, async ({ user, db, params, body }) => {
  const result = await applyChartOps(db, user, params.chartId, body.baseVersion, body.ops as ChartOp[]);
  if (result.status === "conflict") {
    return NextResponse.json(
      { error: { code: "conflict", message: "The chart changed since your last save." }, chart: result.chart },
      { status: 409 },
    );
  }
  return NextResponse.json({ version: result.version });
});
