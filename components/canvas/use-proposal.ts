"use client";

import { useCallback, useEffect, useState, useTransition } from "react";
import { discardProposalAction, mergeProposalAction, readProposalAction } from "@/app/actions/proposals";
import type { MergeOutcome, ProposalContext } from "@/lib/org/proposal";

/**
 * A proposal's context (where it started, its origin now) and its two decisions. The context is
 * read when the panel opens and again after the proposal or its origin moved on; a merge answers
 * with what was applied and what was not.
 */
export function useProposal(chartId: string, version: number) {
  const [context, setContext] = useState<ProposalContext | null>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    let live = true;
    void readProposalAction({ chartId }).then((result) => {
      if (!live) return;
      if (result.ok) setContext(result.data);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [chartId, version, outcome]);

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
    [chartId],
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
    [chartId],
  );

  return { context, outcome, error, pending, merge, discard };
}
