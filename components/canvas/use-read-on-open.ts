"use client";

import { useEffect, useState, type DependencyList } from "react";

type Answer<T> = { ok: true; data: T } | { ok: false; error: { message: string } };

/**
 * What a panel shows, read from the server when it opens and again whenever `deps` change. An
 * answer that arrives after the panel closed (or after a newer read started) is dropped, so a slow
 * read never overwrites a newer one.
 */
export function useReadOnOpen<T>(read: () => Promise<Answer<T>>, deps: DependencyList) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void read().then((result) => {
      if (!live) return;
      if (result.ok) setData(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
    // The caller names what the read depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { data, setData, error, setError };
}
