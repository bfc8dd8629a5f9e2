"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/org/find-structure-errors";
import type { VersionedChart } from "@/lib/org/types";
import { ChartSession, type SessionSnapshot } from "./chart-session";

/**
 * One ChartSession per mounted editor, its current snapshot, and the browser's "leave page?"
 * prompt while edits are unsaved (also while saving is stalled or waits for sign-in).
 */
export function useChartSession(initial: VersionedChart, lang: Lang): { session: ChartSession; snapshot: SessionSnapshot } {
  const [session] = useState(() => new ChartSession(initial, lang));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);

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
