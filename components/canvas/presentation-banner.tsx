"use client";

import type { Finding } from "@/lib/rules";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * The finding being presented, in large type at the bottom of the screen: its message and the
 * document's sentence it rests on (with our English rendering in English). The presenter gets the
 * controls; a follower sees who presents.
 */
export function PresentationBanner({
  finding,
  position,
  count,
  presenter,
  onPrev,
  onNext,
  onExit,
}: {
  finding: Finding;
  position: number;
  count: number;
  /** Who presents, on a follower's screen; null on the presenter's own. */
  presenter: string | null;
  onPrev?: () => void;
  onNext?: () => void;
  onExit?: () => void;
}) {
  const { t, locale } = useCanvasI18n();
  return (
    <div className={`oc-presentation oc-sev-border-${finding.severity}`} data-testid="presentation" data-covers-canvas data-rule={finding.rule} role="region" aria-live="polite">
      <div className="oc-presentation-meta">
        <span>{presenter === null ? t("canvas.present.counter", { index: position + 1, count }) : t("canvas.present.by", { name: presenter })}</span>
        {presenter === null && <span className="oc-presentation-keys">{t("canvas.present.keys")}</span>}
      </div>
      <p className="oc-presentation-message" data-testid="presentation-message">
        {finding.message}
      </p>
      <blockquote className="oc-presentation-source" lang="it">
        «{finding.source.it}»
      </blockquote>
      {locale === "en" && <p className="oc-presentation-rendering">“{finding.source.en}”</p>}
      {presenter === null && (
        <div className="oc-presentation-controls">
          <button type="button" className="oc-button" data-testid="present-prev" onClick={onPrev} disabled={position === 0}>
            ← {t("canvas.present.prev")}
          </button>
          <button type="button" className="oc-button oc-primary" data-testid="present-next" onClick={onNext} disabled={position >= count - 1}>
            {t("canvas.present.next")} →
          </button>
          <button type="button" className="oc-button" data-testid="present-exit" onClick={onExit}>
            {t("canvas.present.exit")}
          </button>
        </div>
      )}
    </div>
  );
}
