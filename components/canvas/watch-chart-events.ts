import type { ChartSession } from "@/lib/sync/chart-session";
import type { PresenceEvent } from "@/lib/sync/presence";
import type { ChangeEvent } from "@/lib/sync/protocol";

/** What the stream says besides the chart's changes. Both must be stable: a new one reopens the stream. */
export interface StreamListeners {
  presence: (event: PresenceEvent) => void;
  /** Comments or acknowledgements changed (or may have, while the stream was down): read them again. */
  annotations: (what: Annotation) => void;
  /** The stream is open and delivering (true), or down and being reopened (false). */
  live: (connected: boolean) => void;
}

export type Annotation = "comments" | "acknowledgements";

/** After the stream failed for good (401, 5xx), open a new one this much later. */
const REOPEN_MS = 3000;
const SIGNED_OUT_REOPEN_MS = 10_000;

/**
 * Feeds the chart's live stream (GET /api/charts/:id/events) into the session: every colleague's
 * change, in version order, rebases the local edits. EventSource reconnects by itself from the
 * last event id after a dropped connection; when the server refuses outright, a new stream opens
 * a little later from the session's version. The stream is also this tab's presence (its
 * clientId), and brings everyone else's, and says when comments or acknowledgements changed.
 * Returns the cleanup.
 */
export function watchChartEvents(chartId: string, session: ChartSession, listeners: StreamListeners): () => void {
  const onPresence = listeners.presence;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  /** A stream ended "signed out": a new one, opened with the tab's cookies of now, says whether that is still so. */
  let confirmingSignOut = false;
  const signedOut = () => {
    confirmingSignOut = false;
    // Edits stay queued; the stream opens again once the user has signed in elsewhere.
    session.signedOutElsewhere();
    timer = setTimeout(open, SIGNED_OUT_REOPEN_MS);
  };

  const open = () => {
    if (stopped) return;
    const since = session.getSnapshot().version;
    source = new EventSource(`/api/charts/${encodeURIComponent(chartId)}/events?since=${since}&clientId=${encodeURIComponent(session.clientId)}`);
    // Whatever changed while no stream was open (or before this one) is read once it is.
    source.addEventListener("ready", () => {
      confirmingSignOut = false;
      listeners.live(true);
      session.streamAccepted();
      listeners.annotations("comments");
      listeners.annotations("acknowledgements");
    });
    source.addEventListener("annotations", (event) => {
      try {
        const { what } = JSON.parse((event as MessageEvent<string>).data) as { what?: string };
        if (what === "comments" || what === "acknowledgements") listeners.annotations(what);
      } catch {
        // A malformed event is skipped; the next reconnect reads everything again.
      }
    });
    source.addEventListener("presence", (event) => {
      try {
        onPresence(JSON.parse((event as MessageEvent<string>).data) as PresenceEvent);
      } catch {
        // A malformed presence event is skipped: the next one, or the snapshot after a reconnect, says it again.
      }
    });
    source.addEventListener("change", (event) => {
      try {
        session.receive([JSON.parse((event as MessageEvent<string>).data) as ChangeEvent]);
      } catch {
        // A malformed event is skipped; the next answer or reconnect fills the gap.
      }
    });
    source.addEventListener("end", (event) => {
      close();
      const reason = (JSON.parse((event as MessageEvent<string>).data) as { reason?: string }).reason;
      if (reason === "signed-out") {
        // This stream was opened with the session of its time; the user may have signed in again
        // since (and saved with it). Only a new stream refused too means signed out.
        if (confirmingSignOut) return signedOut();
        confirmingSignOut = true;
        return open();
      }
      session.accessEnded(reason === "deleted" ? 404 : 403);
      stopped = true;
    });
    source.onerror = () => {
      // Dropped: the browser reconnects by itself (CONNECTING), or it gave up and a new stream opens later.
      listeners.live(false);
      if (source?.readyState !== EventSource.CLOSED) return;
      close();
      if (confirmingSignOut) return signedOut();
      timer = setTimeout(open, REOPEN_MS);
    };
  };
  const close = () => {
    source?.close();
    source = null;
    // Nobody is known to be here until the next stream's snapshot says so.
    onPresence({ type: "snapshot", participants: [] });
  };

  open();
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    close();
  };
}
