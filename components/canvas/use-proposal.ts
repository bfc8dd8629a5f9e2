"use client";

import { useCallback, useState, useTransition } from "react";
import { discardProposalAction, mergeProposalAction, readProposalAction } from "@/app/actions/proposals";
import type { MergeOutcome } from "@/lib/org/proposal";
import { useReadOnOpen } from "./use-read-on-open";

/**
 * A proposal's context (where it started, its origin now) and its two decisions. The context is
 * read when the panel opens and again after the proposal or its origin moved on; a merge answers
 * with what was applied and what was not.
 */
export function useProposal(chartId: string, version: number) {
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [pending, startTransition] = useTransition();
  const { data: context, error, setError } = useReadOnOpen(() => readProposalAction({ chartId }), [chartId, version, outcome]);

  const merge = useCallback(
    (done: () => void) => {
      startTransition(async () => {
        const result = await mergeProposalAction({ chartId });
        if (result.ok) {
          setOutcome(result.data);
          setError(null);
          done();
        } else setError(result.error.message);
      });
    },
    [chartId, setError],
  );

  const discard = useCallback(
    (done: () => void) => {
      startTransition(async () => {
        const result = await discardProposalAction({ chartId });
        if (result.ok) {
          setError(null);
          done();
        } else setError(result.error.message);
      });
    },
    [chartId, setError],
  );

  return { context, outcome, error, pending, merge, discard };
}
