"use client";

import { useCallback, useState } from "react";
import type { OpError } from "@/lib/org/apply-ops";
import { describeOpReason } from "@/lib/sync/describe-op-reason";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { Locale } from "@/lib/i18n/locales";
import type { ChartSession } from "@/lib/sync/chart-session";

/**
 * The one door for the editor's edits: applied optimistically by the session; when applyOps
 * refuses one, its reason stays on screen until dismissed.
 */
export function useChartEdit(session: ChartSession, locale: Locale) {
  const [message, setMessage] = useState<string | null>(null);

  const edit = useCallback(
    (ops: ChartOp[], coalesceKey?: string): OpError | null => {
      const error = session.apply(ops, coalesceKey === undefined ? {} : { coalesceKey });
      if (error !== null) setMessage(describeOpReason(error, locale));
      return error;
    },
    [session, locale],
  );
  const clearMessage = useCallback(() => setMessage(null), []);

  return { edit, message, clearMessage };
}
