"use client";

import type { SaveStatus } from "./chart-session";
import { useCanvasI18n } from "./canvas-i18n-context";

/** A quiet indicator of where the edits are: no save button, so people need to see this. */
export function SaveStatusIndicator({ status }: { status: SaveStatus }) {
  const { t } = useCanvasI18n();
  return (
    <span className={`oc-save-status oc-save-${status}`} data-testid="save-status" data-status={status} role="status" aria-live="polite">
      {t(`canvas.status.${status}`)}
    </span>
  );
}
