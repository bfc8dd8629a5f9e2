import { presenceOf } from "@/lib/server/data/chart-stream-access";
import { authedRoute } from "@/lib/server/route-handler";
import { updatePresence } from "@/lib/server/sync/chart-presence";
import { presenceUpdateSchema } from "@/lib/sync/presence";

/**
 * POST { clientId, selection?, cursor?, view?, summon? } → 204. A tab tells the others what it has
 * selected, where its pointer and its view are, or (owners and editors) brings everyone to its
 * view. Nothing is stored: it goes out on the chart's event stream as `event: presence`.
 */
export const POST = authedRoute<{ chartId: string }, typeof presenceUpdateSchema>(presenceUpdateSchema, async ({ user, db, params, body }) => {
  const base = await presenceOf(db, user, params.chartId, body.clientId, body.summon === true);
  updatePresence(params.chartId, base, body);
  return new Response(null, { status: 204 });
});
