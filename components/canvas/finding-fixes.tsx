"use client";

import { useMemo, useState } from "react";
import type { Chart } from "@/lib/org/types";
import { translator } from "@/lib/i18n/translate";
import { describeChanges, describeFix, fixChoices, fixForChoice, offerFixesIn, previewFix, DUTIES, type Finding, type Fix, type FixContext } from "@/lib/rules";
import { nodeName } from "@/lib/rules/messages";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * The fixes the document implies for one finding. Choosing one shows its preview (what changes,
 * which findings disappear and appear), computed on the current chart; Apply hands its ops to the
 * editor's one edit path, so the whole fix is one undoable edit.
 */
export function FindingFixes({
  chart,
  context,
  finding,
  findings,
  onApply,
  onClose,
}: {
  chart: Chart;
  context: FixContext;
  finding: Finding;
  findings: readonly Finding[];
  onApply: (fix: Fix, label: string) => boolean;
  onClose: () => void;
}) {
  const { locale } = useCanvasI18n();
  const t = useMemo(() => translator(locale), [locale]);
  const [chosen, setChosen] = useState<string | null>(null);
  const fixes = useMemo(() => offerFixesIn(context, finding), [context, finding]);
  const choices = useMemo(() => fixChoices(context, finding), [context, finding]);
  const fix = useMemo(() => {
    if (chosen === null) return null;
    return fixes.find((candidate) => candidate.id === chosen) ?? (chosen.includes(":") ? fixForChoice(context, finding, chosen.slice(chosen.indexOf(":") + 1)) : null);
  }, [chosen, fixes, context, finding]);
  const preview = useMemo(() => (fix === null ? null : previewFix(chart, fix.ops, { lang: locale }, findings)), [fix, chart, locale, findings]);
  const label = fix === null ? "" : describeFix(fix.label, chart, locale);

  return (
    <div className="oc-fixes" data-testid="finding-fixes">
      {fixes.length === 0 && (choices === null || choices.ids.length === 0) && <p className="oc-muted">{t("decisions.panel.noFix")}</p>}
      <ul className="oc-fix-list">
        {fixes.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              className={`oc-button oc-small oc-fix ${chosen === candidate.id ? "is-active" : ""}`}
              data-testid="fix-option"
              data-fix={candidate.id}
              aria-pressed={chosen === candidate.id}
              onClick={() => setChosen(candidate.id)}
            >
              {describeFix(candidate.label, chart, locale)}
            </button>
          </li>
        ))}
      </ul>
      {choices !== null && choices.ids.length > 0 && (
        <select
          className="oc-fix-choice"
          data-testid="fix-choice"
          value={chosen !== null && chosen.includes(":") && !fixes.some((f) => f.id === chosen) ? chosen.slice(chosen.indexOf(":") + 1) : ""}
          onChange={(event) => setChosen(event.target.value === "" ? null : `choice:${event.target.value}`)}
        >
          <option value="">{choices.kind === "node" ? t("decisions.panel.orPickNode") : t("decisions.panel.orPickDuty")}</option>
          {choices.ids.map((id) => (
            <option key={id} value={id}>
              {choices.kind === "node" ? nodeName(context.index.nodeById.get(id), locale) : `${DUTIES[id as keyof typeof DUTIES].label[locale]} (${DUTIES[id as keyof typeof DUTIES].owner})`}
            </option>
          ))}
        </select>
      )}
      {fix !== null && preview !== null && (
        <div className="oc-fix-preview" data-testid="fix-preview" role="region" aria-label={t("decisions.panel.preview")}>
          <h4>{t("decisions.panel.previewTitle", { fix: label })}</h4>
          {!preview.ok ? (
            <p className="oc-muted">{t("decisions.panel.stale")}</p>
          ) : (
            <>
              <h5>{t("decisions.panel.changes")}</h5>
              <ul data-testid="fix-changes">
                {describeChanges(chart, preview.chart, locale).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              <h5>{t("decisions.panel.disappear", { count: preview.disappear.length })}</h5>
              <ul data-testid="fix-disappear">
                {preview.disappear.map((gone, i) => (
                  <li key={i} className="oc-gone">{gone.message}</li>
                ))}
              </ul>
              <h5>{t("decisions.panel.appear", { count: preview.appear.length })}</h5>
              {preview.appear.length === 0 ? (
                <p className="oc-muted">{t("decisions.panel.nothingAppears")}</p>
              ) : (
                <ul data-testid="fix-appear">
                  {preview.appear.map((added, i) => (
                    <li key={i} className={`oc-sev-border-${added.severity}`}>{added.message}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div className="oc-row">
            <button
              type="button"
              className="oc-button oc-primary oc-small"
              data-testid="fix-apply"
              disabled={!preview.ok}
              onClick={() => {
                if (onApply(fix, label)) onClose();
              }}
            >
              {t("decisions.panel.apply")}
            </button>
            <button type="button" className="oc-button oc-small" onClick={() => setChosen(null)}>
              {t("decisions.panel.cancel")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
