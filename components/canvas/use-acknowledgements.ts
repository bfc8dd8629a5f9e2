"use client";

import { useCallback, useState, useTransition } from "react";
import { acknowledgeFindingAction, listAcknowledgementsAction, reopenFindingAction } from "@/app/actions/acknowledgements";
import { acknowledgedFinding, type Acknowledgement, type Finding } from "@/lib/rules";

/**
 * The chart's acknowledged findings: loaded with the page, changed through the server actions
 * (which check the caller may edit the chart), and read again when the live stream says a colleague
 * changed them. The list shown is always the server's answer.
 */
export function useAcknowledgements(chartId: string, initial: readonly Acknowledgement[]) {
  const [acknowledgements, setAcknowledgements] = useState<readonly Acknowledgement[]>(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const acknowledge = useCallback(
    (finding: Finding, reason: string, done: () => void) => {
      startTransition(async () => {
        const result = await acknowledgeFindingAction({ chartId, finding: acknowledgedFinding(finding), reason });
        if (result.ok) {
          setAcknowledgements(result.data);
          setError(null);
          done();
        } else setError(result.error.message);
      });
    },
    [chartId],
  );

  const reopen = useCallback(
    (finding: Finding) => {
      startTransition(async () => {
        const result = await reopenFindingAction({ chartId, finding: acknowledgedFinding(finding) });
        if (result.ok) {
          setAcknowledgements(result.data);
          setError(null);
        } else setError(result.error.message);
      });
    },
    [chartId],
  );

  const refresh = useCallback(() => {
    void listAcknowledgementsAction({ chartId }).then((result) => {
      if (result.ok) setAcknowledgements(result.data);
    });
  }, [chartId]);

  return { acknowledgements, acknowledge, reopen, refresh, error, clearError: useCallback(() => setError(null), []), pending };
}
