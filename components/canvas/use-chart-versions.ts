"use client";

import { useCallback } from "react";
import { listVersionsAction, readVersionAction, saveVersionAction } from "@/app/actions/versions";
import type { Chart } from "@/lib/org/types";
import { useReadOnOpen } from "./use-read-on-open";

/** The chart's named versions: listed when the panel opens, saved, and read to compare or restore. */
export function useChartVersions(chartId: string) {
  // Listed once when the panel opens; versions saved from this tab are added as they are saved.
  const { data: versions, setData: setVersions, error, setError } = useReadOnOpen(() => listVersionsAction({ chartId }), [chartId]);

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
    [chartId, setError, setVersions],
  );

  const read = useCallback(
    async (versionId: string): Promise<Chart | null> => {
      const result = await readVersionAction({ chartId, versionId });
      if (result.ok) return result.data.chart;
      setError(result.error.message);
      return null;
    },
    [chartId, setError],
  );

  return { versions, error, save, read };
}
