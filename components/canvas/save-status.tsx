"use client";

import type { SaveStatus } from "@/lib/sync/chart-session";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * A quiet indicator of where the edits are: no save button, so people need to see this. When
 * saving waits for the user (failed too often, signed out) it stays visible with a Retry button,
 * even after the notice is dismissed.
 */
export function SaveStatusIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const { t } = useCanvasI18n();
  const waiting = status === "stalled" || status === "signed-out";
  return (
    <>
      <span className={`oc-save-status oc-save-${status}`} data-testid="save-status" data-status={status} role="status" aria-live="polite">
        {t(`canvas.status.${status}`)}
      </span>
      {waiting && (
        <button type="button" className="oc-button oc-quiet" onClick={onRetry} data-testid="save-retry" title={t("canvas.retryHint")}>
          {t("canvas.retry")}
        </button>
      )}
    </>
  );
}
