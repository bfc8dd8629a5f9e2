"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { VersionedChart } from "@/lib/org/types";
import { ChartSession, type SessionSnapshot } from "@/lib/sync/chart-session";
import { newId } from "@/lib/org/new-id";
import { httpSyncTransport } from "./http-sync-transport";
import { holdTabLock, pendingStore } from "./pending-store";
import { watchChartEvents, type StreamListeners } from "./watch-chart-events";

/**
 * One ChartSession per mounted editor, its current snapshot, and the browser's "leave page?"
 * prompt while edits are unsaved (also while saving is stalled or waits for sign-in).
 */
export function useChartSession(initial: VersionedChart, listeners: StreamListeners): { session: ChartSession; snapshot: SessionSnapshot } {
  const [{ session, store }] = useState(() => {
    const pending = pendingStore(initial.id);
    return { store: pending, session: new ChartSession(initial, httpSyncTransport(initial.id), { clientId: newClientId(), persist: (state) => pending.save(state) }) };
  });
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);

  // Edits a reloaded or crashed tab left unconfirmed are adopted and sent (or shown as refused).
  useEffect(() => {
    holdTabLock(session.clientId);
    void store.takeOrphan().then((orphan) => {
      if (orphan !== null && session.adopt(orphan)) holdTabLock(session.clientId);
    });
  }, [session, store]);

  // `listeners` must be stable: a new one would reopen the stream.
  useEffect(() => watchChartEvents(initial.id, session, listeners), [initial.id, session, listeners]);

  // Saving that waits (offline, failed too often, signed out) tries again when the connection is
  // back or the user returns to this tab, e.g. after signing in in another one.
  useEffect(() => {
    const retry = () => session.retry();
    const onVisible = () => {
      if (document.visibilityState === "visible") retry();
    };
    window.addEventListener("online", retry);
    window.addEventListener("focus", retry);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("focus", retry);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [session]);

  useEffect(() => {
    if (!snapshot.dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [snapshot.dirty]);

  return { session, snapshot };
}

/** One id per editor tab: the server tells this tab's batches apart from everyone else's. */
function newClientId(): string {
  return newId("tab-");
}
