"use client";

import { useCallback, useEffect, useState } from "react";
import { listVersionsAction, readVersionAction, saveVersionAction } from "@/app/actions/versions";
import type { Chart } from "@/lib/org/types";
import type { ChartVersionSummary } from "@/lib/org/chart-version-summary";

/** The chart's named versions: listed when the panel opens, saved, and read to compare or restore. */
export function useChartVersions(chartId: string) {
  const [versions, setVersions] = useState<ChartVersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Listed once when the panel opens; versions saved from this tab are added as they are saved.
  useEffect(() => {
    let live = true;
    void listVersionsAction({ chartId }).then((result) => {
      if (!live) return;
      if (result.ok) setVersions(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [chartId]);

  const save = useCallback(
    async (name: string): Promise<boolean> => {
      const result = await saveVersionAction({ chartId, name });
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setError(null);
      setVersions((current) => [result.data, ...(current ?? [])]);
      return true;
    },
    [chartId],
  );

  const read = useCallback(
    async (versionId: string): Promise<Chart | null> => {
      const result = await readVersionAction({ chartId, versionId });
      if (result.ok) return result.data.chart;
      setError(result.error.message);
      return null;
    },
    [chartId],
  );

  return { versions, error, save, read };
}
