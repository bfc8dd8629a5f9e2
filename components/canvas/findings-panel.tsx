"use client";

import { RULE_IDS, RULES } from "@/lib/rules/catalog";
import type { Finding } from "@/lib/rules";
import { useCanvasI18n } from "./canvas-i18n-context";

const FOLD_ABOVE = 4;

/**
 * The findings, grouped by rule, each with its message in the UI language and the sentence of
 * the document it rests on: the Italian original, and in the English UI our English rendering too
 * (in the Italian UI it would only be English text beside the original). Clicking one shows its nodes.
 */
export function FindingsPanel({ findings, onShow, onClose }: { findings: readonly Finding[]; onShow: (finding: Finding) => void; onClose: () => void }) {
  const { t, locale } = useCanvasI18n();
  const groups = RULE_IDS.map((rule) => ({ rule, items: findings.filter((f) => f.rule === rule) })).filter((g) => g.items.length > 0);
  return (
    <section className="oc-panel oc-findings" aria-labelledby="oc-findings-heading" data-testid="findings-panel">
      <header className="oc-panel-header">
        <h2 id="oc-findings-heading">{t("canvas.findings.title")}</h2>
        <button type="button" className="oc-icon-button" onClick={onClose} aria-label={t("canvas.findings.close")} title={t("canvas.findings.close")}>
          ×
        </button>
      </header>
      {groups.length === 0 && <p className="oc-muted">{t("canvas.findings.none")}</p>}
      {groups.map(({ rule, items }) => (
        // Long groups (a new chart has a gap for nearly every duty) start folded so they do not bury the rest.
        <details key={rule} className="oc-finding-group" data-testid="finding-group" data-rule={rule} open={items.length <= FOLD_ABOVE}>
          <summary className={`oc-finding-rule oc-sev-text-${RULES[rule].severity}`}>
            {RULES[rule].label[locale]} <span className="oc-count">{items.length}</span>
          </summary>
          <ul>
            {items.map((finding, i) => (
              <li key={`${finding.duty ?? ""}:${finding.nodes.join(",")}:${i}`}>
                <button
                  type="button"
                  className={`oc-finding oc-sev-border-${finding.severity}`}
                  data-testid="finding"
                  data-rule={finding.rule}
                  data-duty={finding.duty ?? ""}
                  disabled={finding.nodes.length === 0}
                  onClick={() => onShow(finding)}
                >
                  <span className="oc-finding-message" title={finding.message}>
                    {finding.message}
                  </span>
                  <span className="oc-quote" lang="it">
                    «{finding.source.it}»
                  </span>
                  {locale === "en" && (
                    <span className="oc-quote oc-quote-en" lang="en">
                      “{finding.source.en}”
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
