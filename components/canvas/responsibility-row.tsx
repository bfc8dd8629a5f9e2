"use client";

import { useMemo } from "react";
import type { Responsibility } from "@/lib/org/types";
import { OP_LIMITS } from "@/lib/org/apply-ops";
import type { Classification } from "@/lib/rules/classify-responsibility";
import { DUTIES } from "@/lib/rules/catalog";
import { explainClassification } from "@/lib/rules/explain-classification";
import { CommittedTextInput } from "./committed-text-input";
import { DutySelect } from "./duty-select";
import { useCanvasI18n } from "./canvas-i18n-context";

/** One responsibility in the inspector: its text, its order, and the duty it counts as. */
export function ResponsibilityRow({
  responsibility,
  index,
  count,
  suggestion,
  canEdit,
  onText,
  onDuty,
  onMove,
  onRemove,
  onSplit,
}: {
  responsibility: Responsibility;
  index: number;
  count: number;
  /** What the classifier makes of the text (shown while the user has not decided). */
  suggestion: Classification;
  canEdit: boolean;
  onText: (text: string) => boolean;
  onDuty: (duty: string | null | undefined) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Replace a compound text by one responsibility per duty (offered while the classifier decides). */
  onSplit: () => void;
}) {
  const { t, locale } = useCanvasI18n();
  const explicit = responsibility.duty !== undefined;
  // Rendered here, for the rows on screen only: the analysis never builds sentences.
  const explanation = useMemo(
    () => (explicit ? null : explainClassification(suggestion, locale, responsibility.text)),
    [explicit, suggestion, locale, responsibility.text],
  );
  return (
    <li className="oc-resp" data-testid="responsibility" data-duty={responsibility.duty ?? ""} data-suggested={suggestion.duty ?? ""}>
      <div className="oc-resp-line">
        <CommittedTextInput
          className="oc-input"
          value={responsibility.text}
          onCommit={onText}
          readOnly={!canEdit}
          maxLength={OP_LIMITS.responsibilityText}
          aria-label={`${t("canvas.inspector.responsibilities")} ${index + 1}`}
          data-testid="responsibility-text"
        />
        {canEdit && (
          <span className="oc-resp-buttons">
            <button type="button" className="oc-icon-button" onClick={() => onMove(-1)} disabled={index === 0} aria-label={t("canvas.inspector.moveUp")} title={t("canvas.inspector.moveUp")}>
              ↑
            </button>
            <button type="button" className="oc-icon-button" onClick={() => onMove(1)} disabled={index === count - 1} aria-label={t("canvas.inspector.moveDown")} title={t("canvas.inspector.moveDown")}>
              ↓
            </button>
            <button type="button" className="oc-icon-button" onClick={onRemove} aria-label={t("canvas.inspector.remove")} title={t("canvas.inspector.remove")} data-testid="responsibility-remove">
              ×
            </button>
          </span>
        )}
      </div>
      <div className="oc-resp-duty">
        <DutySelect value={responsibility.duty} suggested={suggestion.duty} disabled={!canEdit} onChange={onDuty} testId="responsibility-duty" />
        {/* Accepting a compound text's main duty would drop its other duties: splitting accepts them all. */}
        {canEdit && !explicit && suggestion.duties.length === 1 && (
          <button type="button" className="oc-button oc-small" onClick={() => onDuty(suggestion.duty)} title={t("canvas.inspector.acceptHint")} data-testid="responsibility-accept">
            {t("canvas.inspector.accept")}
          </button>
        )}
        {explicit && <span className="oc-explicit">{t("canvas.inspector.explicit")}</span>}
      </div>
      {/* No tooltip with the raw `why`: it is English developers' notation ("operations + IT →
          cio.it-operations (+1.5)"), which would put English back into the Italian UI and means
          nothing to the managers using it. Whoever tunes the classifier reads it from
          `orgcheck classify --json`, where it belongs. */}
      {!explicit && suggestion.duties.length > 1 && (
        <div className="oc-compound" data-testid="responsibility-compound" data-duties={suggestion.duties.join(" ")}>
          <span>
            {t("classifier.compound.counts", {
              count: suggestion.duties.length,
              duties: suggestion.duties.map((duty) => DUTIES[duty].label[locale]).join(" · "),
            })}
          </span>
          {canEdit && (
            <button type="button" className="oc-button oc-small" onClick={onSplit} title={t("classifier.compound.splitHint")} data-testid="responsibility-split">
              {t("classifier.compound.split")}
            </button>
          )}
        </div>
      )}
      {explanation !== null && (
        <div className="oc-why" data-testid="responsibility-why">
          {explanation} · {t("canvas.inspector.confidence", { value: Math.round(suggestion.confidence * 100) })}
        </div>
      )}
    </li>
  );
}
