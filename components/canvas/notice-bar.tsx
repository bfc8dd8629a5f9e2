"use client";

import { useCanvasI18n } from "./canvas-i18n-context";
import type { NoticeAction } from "./describe-notice";

/**
 * One line above the canvas for refusals, conflicts and save problems: it says why, and stays
 * until dismissed. A save problem also offers its way out (Retry, or Sign in in a new tab so the
 * unsaved edits stay in this one).
 */
export function NoticeBar({
  message,
  tone,
  action,
  onRetry,
  onDismiss,
}: {
  message: string;
  tone: "error" | "info";
  action?: NoticeAction | undefined;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const { t } = useCanvasI18n();
  return (
    <div className={`oc-notice oc-notice-${tone}`} role={tone === "error" ? "alert" : "status"} data-testid="canvas-notice">
      <span data-testid="canvas-notice-text">{message}</span>
      {action?.kind === "retry" && (
        <button type="button" className="oc-button" onClick={onRetry} data-testid="canvas-notice-retry" title={t("canvas.retryHint")}>
          {t("canvas.retry")}
        </button>
      )}
      {action?.kind === "sign-in" && (
        <>
          <a className="oc-button" href={action.href} target="_blank" rel="noopener" data-testid="canvas-notice-signin">
            {t("canvas.signIn")}
          </a>
          <button type="button" className="oc-button" onClick={onRetry} data-testid="canvas-notice-retry" title={t("canvas.retryHint")}>
            {t("canvas.retry")}
          </button>
        </>
      )}
      <button type="button" className="oc-button oc-quiet" onClick={onDismiss} data-testid="canvas-notice-dismiss" aria-label={t("canvas.dismiss")}>
        ×
      </button>
    </div>
  );
}
