"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { Lang } from "@/lib/org/find-structure-errors";
import type { VersionedChart } from "@/lib/org/types";
import { ChartSession, type SessionSnapshot } from "./chart-session";

/**
 * One ChartSession per mounted editor, its current snapshot, and the browser's "leave page?"
 * prompt while edits are unsaved.
 */
export function useChartSession(initial: VersionedChart, lang: Lang): { session: ChartSession; snapshot: SessionSnapshot } {
  const [session] = useState(() => new ChartSession(initial, lang));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);

  useEffect(() => {
    session.start();
    return () => session.stop();
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
