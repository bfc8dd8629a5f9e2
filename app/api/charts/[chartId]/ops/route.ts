import { NextResponse } from "next/server";
import { opsBatchSchema } from "@/lib/org/chart-ops";
import { applyGrantedBatch } from "@/lib/server/data/apply-chart-batch";
import { authedChartRoute } from "@/lib/server/route-handler";

/**
 * POST { clientId, seq, baseVersion, ops, gestures? } → 200 { version, results: [{ status, reason? }] }.
 * The batch is applied to the current chart whatever its baseVersion (last writer wins per
 * field); ops that no longer make sense are refused one by one, with their reason. The same
 * clientId + seq sent again gets the first answer. 400 when the body is malformed (nothing saved).
 */
export const POST = authedChartRoute(opsBatchSchema, "chart.edit", async ({ user, access, db, body }) => {
  const answer = await applyGrantedBatch(db, user, access, { clientId: body.clientId, seq: body.seq, baseVersion: body.baseVersion, ops: body.ops, gestures: body.gestures });
  // A plain acknowledgement is a few bytes: gzipping it costs the server more than it saves. An
  // answer that brings missed changes along may be big, and is compressed as usual.
  const small = (answer.changes?.length ?? 0) === 0;
  return NextResponse.json(answer, small ? { headers: { "cache-control": "no-store, no-transform" } } : undefined);
});
