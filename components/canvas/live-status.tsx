"use client";

import { useCanvasI18n } from "./canvas-i18n-context";

/** Shown only while the chart's live updates are paused (use-stream-health.ts); it goes once they are back. */
export function LiveStatusIndicator({ paused }: { paused: boolean }) {
  const { t } = useCanvasI18n();
  if (!paused) return null;
  return (
    <span className="oc-live-paused" data-testid="live-paused" role="status" aria-live="polite" title={t("canvas.livePausedHint")}>
      {t("canvas.livePaused")}
    </span>
  );
}
