"use client";

import { useCanvasI18n } from "./canvas-i18n-context";

/** One line above the canvas for refusals and conflicts: it says why, and stays until dismissed. */
export function NoticeBar({ message, tone, onDismiss }: { message: string; tone: "error" | "info"; onDismiss: () => void }) {
  const { t } = useCanvasI18n();
  return (
    <div className={`oc-notice oc-notice-${tone}`} role={tone === "error" ? "alert" : "status"} data-testid="canvas-notice">
      <span data-testid="canvas-notice-text">{message}</span>
      <button type="button" className="oc-button oc-quiet" onClick={onDismiss} data-testid="canvas-notice-dismiss" aria-label={t("canvas.dismiss")}>
        ×
      </button>
    </div>
  );
}
