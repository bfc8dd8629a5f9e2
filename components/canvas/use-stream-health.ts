"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** Down for this long before anyone is told: a dropped stream usually comes back within a second or two. */
const GRACE_MS = 5000;

/**
 * Whether the chart's live updates are paused: its stream has been down for a few seconds (the
 * network, a restarting server, a session that ended). A projector showing the chart would
 * otherwise go on looking live while colleagues' changes no longer arrive.
 */
export function useStreamHealth(): { paused: boolean; report: (connected: boolean) => void } {
  const [paused, setPaused] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const report = useCallback((connected: boolean) => {
    if (connected) {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      setPaused(false);
    } else if (timer.current === null) {
      timer.current = setTimeout(() => setPaused(true), GRACE_MS);
    }
  }, []);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  return { paused, report };
}
