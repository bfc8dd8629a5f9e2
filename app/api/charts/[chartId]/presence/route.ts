import { participantOf } from "@/lib/server/data/chart-stream-access";
import { can } from "@/lib/server/permissions";
import { authedChartRoute } from "@/lib/server/route-handler";
import { updatePresence } from "@/lib/server/sync/chart-presence";
import { presenceUpdateSchema } from "@/lib/sync/presence";

/**
 * POST { clientId, selection?, cursor?, view?, summon? } → 204. A tab tells the others what it has
 * selected, where its pointer and its view are, or (owners and editors) brings everyone to its
 * view. Nothing is stored: it goes out on the chart's event stream as `event: presence`.
 */
export const POST = authedChartRoute(
  presenceUpdateSchema,
  (body) => (body.summon === true ? "chart.summon" : "chart.read"),
  async ({ user, access, body }) => {
    updatePresence(access.chartId, participantOf(user, body.clientId, can(access.role, "chart.edit")), body);
    return new Response(null, { status: 204 });
  },
);
