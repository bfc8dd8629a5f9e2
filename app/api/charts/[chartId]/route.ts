import { NextResponse } from "next/server";
import { getChart } from "@/lib/server/data/charts";
import { authedRoute } from "@/lib/server/route-handler";

/** GET → the current chart with its version (the editor reloads from here after a conflict). */
export const GET = authedRoute<{ chartId: string }, null>(null, async ({ user, db, params }) => {
  const { chart } = await getChart(db, user, params.chartId);
  return NextResponse.json({ chart });
});
