import "server-only";
import type { Db } from "../create-prisma-client";
import type { Actor } from "../data/actor";
import { changesAfter } from "../data/chart-change-tail";
import { CHANGES_PAGE } from "../data/chart-changes";
import { streamEndReason, type StreamGrant } from "../data/chart-stream-access";
import type { Participant, PresenceEvent } from "../../sync/presence";
import type { ChangeEvent } from "../../sync/protocol";
import { watchChart } from "./chart-change-feed";
import { joinPresence } from "./chart-presence";
import { sharedDatabase } from "./database-notifications";

const HEARTBEAT_MS = 15_000;
/** Access is checked again this often, and after a change at most this often. */
const ACCESS_CHECK_MS = 10_000;
const ACCESS_AFTER_CHANGE_MS = 2_000;
/** Safety net for a lost wake-up: read the log anyway this often. */
const POLL_SHARED_MS = 5_000;
const POLL_SINGLE_MS = 30_000;
/** Pointer moves of twenty people are merged per person and sent at most this often. */
const PRESENCE_FLUSH_MS = 40;

const encoder = new TextEncoder();

/** A change as an event, serialised once for every stream that sends it. */
const frames = new WeakMap<ChangeEvent, string>();
function changeFrame(change: ChangeEvent): string {
  let frame = frames.get(change);
  if (frame === undefined) frames.set(change, (frame = `event: change\nid: ${change.version}\ndata: ${JSON.stringify(change)}\n\n`));
  return frame;
}

/**
 * One client's live view of a chart as Server-Sent Events: first the changes since `since`
 * (replayed from the log), then each new one as `event: change` with `id: <version>`, a heartbeat
 * every 15 s, and `event: end` before closing when access ends. Everything it sends comes from
 * the log, in version order, each version once. Presence (`event: presence`) is not logged: first
 * a snapshot of who is here, then each update, merged per participant over a few milliseconds.
 * `event: annotations` (`{ what: "comments" | "acknowledgements" }`) says those changed; the tab
 * reads them again through their own access-checked actions.
 */
export interface StreamTiming {
  heartbeatMs: number;
  accessCheckMs: number;
}

export function chartEventStream(options: {
  db: Db;
  actor: Actor;
  chartId: string;
  since: number;
  grant: StreamGrant;
  /** The tab this stream belongs to, announced to the others; null for a script that only listens. */
  participant: Participant | null;
  signal: AbortSignal;
  timing?: StreamTiming;
}): ReadableStream<Uint8Array> {
  const { db, actor, chartId, grant, signal } = options;
  const timing = options.timing ?? { heartbeatMs: HEARTBEAT_MS, accessCheckMs: ACCESS_CHECK_MS };
  let cursor = options.since;
  let closed = false;
  let reading = false;
  let readAgain = false;
  let mustRead = false;
  let announcedUpTo = 0;
  let lastAccessCheck = Date.now();
  const timers: ReturnType<typeof setInterval>[] = [];
  let unwatch: () => void = () => undefined;
  let leave: () => void = () => undefined;
  let presenceTimer: ReturnType<typeof setTimeout> | null = null;
  const pendingPresence = new Map<string, PresenceEvent>();
  let presenceCount = 0;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unwatch();
        leave();
        if (presenceTimer !== null) clearTimeout(presenceTimer);
        for (const timer of timers) clearInterval(timer);
        signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      const end = (reason: string) => {
        send(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`);
        close();
      };
      const checkAccess = async () => {
        lastAccessCheck = Date.now();
        const reason = await streamEndReason(db, actor, chartId, grant).catch(() => null);
        if (reason !== null) end(reason);
      };
      /** `announced`: the version a wake-up said was committed (absent, or 0 after a resync: read the log). */
      const readNew = async (announced?: number) => {
        if (!announced) mustRead = true;
        else announcedUpTo = Math.max(announcedUpTo, announced);
        if (closed) return;
        if (reading) {
          readAgain = true;
          return;
        }
        reading = true;
        try {
          do {
            readAgain = false;
            // Shared by every stream of the chart on this instance: one read per commit, not one each.
            const known = mustRead ? undefined : announcedUpTo;
            mustRead = false;
            const changes = await changesAfter(db, chartId, cursor, known);
            // One write however many changes a read brings: each write to a socket costs a system call.
            if (changes.length > 0) send(changes.map(changeFrame).join(""));
            cursor = changes.at(-1)?.version ?? cursor;
            if (changes.length === CHANGES_PAGE) readAgain = true;
          } while (readAgain && !closed);
        } catch {
          // The database is unreachable for now: the next wake-up or poll tries again.
        } finally {
          reading = false;
        }
        if (!closed && Date.now() - lastAccessCheck > ACCESS_AFTER_CHANGE_MS) await checkAccess();
      };

      signal.addEventListener("abort", close);
      if (signal.aborted) return close();
      // Reconnect quickly after a dropped connection; EventSource resumes from the last id.
      send(`retry: 1000\n\n`);
      send(`event: ready\ndata: ${JSON.stringify({ since: cursor })}\n\n`);
      unwatch = watchChart(chartId, (signal) => {
        if (signal.kind === "change") void readNew(signal.version);
        // Comments and acknowledgements are not logged: the tab reads them afresh (access-checked).
        else send(`event: annotations\ndata: ${JSON.stringify({ what: signal.kind })}\n\n`);
      });
      const sendPresence = (event: PresenceEvent) => send(`event: presence\ndata: ${JSON.stringify(event)}\n\n`);
      const flushPresence = () => {
        presenceTimer = null;
        for (const event of pendingPresence.values()) sendPresence(event);
        pendingPresence.clear();
      };
      const presence = joinPresence(chartId, options.participant, (event) => {
        // Only the latest state of each participant matters; a summon or a leave is never merged away.
        const key = event.type === "update" ? `u:${event.participant.key}` : `${event.type}:${presenceCount++}`;
        pendingPresence.delete(key);
        pendingPresence.set(key, event);
        presenceTimer ??= setTimeout(flushPresence, PRESENCE_FLUSH_MS);
      });
      leave = () => {
        leave = () => undefined;
        presence.leave();
      };
      sendPresence({ type: "snapshot", participants: presence.snapshot });
      timers.push(setInterval(() => send(`event: heartbeat\ndata: ${Date.now()}\n\n`), timing.heartbeatMs));
      timers.push(setInterval(() => void checkAccess(), timing.accessCheckMs));
      timers.push(setInterval(() => void readNew(), sharedDatabase() ? POLL_SHARED_MS : POLL_SINGLE_MS));
      void readNew();
    },
    cancel() {
      closed = true;
      unwatch();
      leave();
      if (presenceTimer !== null) clearTimeout(presenceTimer);
      for (const timer of timers) clearInterval(timer);
    },
  });
}
