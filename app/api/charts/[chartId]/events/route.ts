import { clientIdSchema } from "@/lib/org/chart-ops";
import { participantOf, streamGrant } from "@/lib/server/data/chart-stream-access";
import { authedChartRoute } from "@/lib/server/route-handler";
import { chartEventStream } from "@/lib/server/sync/chart-event-stream";

export const dynamic = "force-dynamic";

/**
 * GET → Server-Sent Events of the chart's accepted batches: the ones after `Last-Event-ID` (or
 * `?since=<version>`, or none: from now), then each new one as it commits, and who is present.
 * With `?clientId=` the stream is that tab's presence: it is announced while the stream is open.
 * Any member may watch; the stream ends when their access does.
 */
export const GET = authedChartRoute(null, "chart.read", async ({ user, access, session, db, request }) => {
  const grant = streamGrant(access, session);
  const since = startingVersion(request, grant.version);
  const clientId = clientIdSchema.safeParse(new URL(request.url).searchParams.get("clientId"));
  const participant = clientId.success ? participantOf(user, clientId.data, grant.canEdit) : null;
  const stream = chartEventStream({ db, actor: user, chartId: access.chartId, since, grant, participant, signal: request.signal });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: no proxy (or Next's gzip) may buffer events to compress them.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
      connection: "keep-alive",
    },
  });
});

function startingVersion(request: Request, current: number): number {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("since");
  if (raw === null || !/^\d{1,15}$/.test(raw)) return current;
  return Math.min(Number(raw), current);
}
