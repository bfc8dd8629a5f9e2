"use client";

import { useMemo, useState } from "react";
import { RULE_IDS, RULES } from "@/lib/rules/catalog";
import { translator } from "@/lib/i18n/translate";
import type { Chart } from "@/lib/org/types";
import { acknowledgedFinding, findingKey, fixContext, type Finding, type Fix, type JudgedFinding } from "@/lib/rules";
import { commentTargetKey } from "@/lib/comments/comment-schema";
import { AcknowledgeForm } from "./acknowledge-form";
import { useCanvasI18n } from "./canvas-i18n-context";
import { SidePanel } from "./side-panel";
import { FindingFixes } from "./finding-fixes";
import type { useAcknowledgements } from "./use-acknowledgements";

const FOLD_ABOVE = 4;

/** Where the definitions page explains a finding: its duty when it has one, else its rule. */
export function definitionAnchor(finding: Pick<Finding, "duty" | "rule">): string {
  return finding.duty === null ? `rule-${finding.rule}` : `duty-${finding.duty}`;
}

type Expanded = { key: string; mode: "fix" | "acknowledge" } | null;

/**
 * The findings, grouped by rule, each with its message in the UI language and the sentence of
 * the document it rests on: the Italian original, and in the English UI our English rendering too
 * (in the Italian UI it would only be English text beside the original). Clicking one shows its
 * nodes. Each open finding offers its fixes (with a preview) and can be acknowledged with a
 * reason; acknowledged ones stay below, muted, with who, when and why, and can be reopened.
 */
export function FindingsPanel({
  chart,
  judged,
  findings,
  canEdit,
  acknowledgements,
  onShow,
  onClose,
  onApplyFix,
  onUndo,
  commentCounts,
  onComment,
}: {
  chart: Chart;
  judged: readonly JudgedFinding[];
  findings: readonly Finding[];
  canEdit: boolean;
  acknowledgements: ReturnType<typeof useAcknowledgements>;
  onShow: (finding: Finding) => void;
  onClose: () => void;
  onApplyFix: (fix: Fix) => boolean;
  onUndo: () => void;
  /** Open comments per finding, keyed like the threads. */
  commentCounts: ReadonlyMap<string, number>;
  onComment: (finding: Finding) => void;
}) {
  const { t: tc, locale } = useCanvasI18n();
  const t = useMemo(() => translator(locale), [locale]);
  const [expanded, setExpanded] = useState<Expanded>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const context = useMemo(() => fixContext(chart, { lang: locale }), [chart, locale]);
  const open = judged.filter((entry) => entry.acknowledgement === null).map((entry) => entry.finding);
  const kept = judged.filter((entry) => entry.acknowledgement !== null);
  const groups = RULE_IDS.map((rule) => ({ rule, items: open.filter((f) => f.rule === rule) })).filter((g) => g.items.length > 0);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const toggle = (key: string, mode: "fix" | "acknowledge") => setExpanded(expanded?.key === key && expanded.mode === mode ? null : { key, mode });

  return (
    <SidePanel
      id="oc-findings-heading"
      className="oc-findings"
      testId="findings-panel"
      title={tc("canvas.findings.title")}
      closeLabel={tc("canvas.findings.close")}
      onClose={onClose}
    >
      {applied !== null && (
        <div className="oc-fix-applied" role="status" data-testid="fix-applied">
          <span>{t("decisions.panel.applied", { fix: applied })}</span>
          <button
            type="button"
            className="oc-button oc-small"
            data-testid="fix-undo"
            onClick={() => {
              onUndo();
              setApplied(null);
            }}
          >
            {t("decisions.panel.undo")}
          </button>
        </div>
      )}
      {acknowledgements.error !== null && (
        <p className="oc-error" role="alert" data-testid="acknowledge-error">
          {t("decisions.panel.failed", { message: acknowledgements.error })}
        </p>
      )}
      {groups.length === 0 && <p className="oc-muted">{tc("canvas.findings.none")}</p>}
      {groups.map(({ rule, items }) => (
        // Long groups (a new chart has a gap for nearly every duty) start folded so they do not bury the rest.
        <details key={rule} className="oc-finding-group" data-testid="finding-group" data-rule={rule} open={items.length <= FOLD_ABOVE}>
          <summary className={`oc-finding-rule oc-sev-text-${RULES[rule].severity}`}>
            {RULES[rule].label[locale]} <span className="oc-count">{items.length}</span>
          </summary>
          <ul>
            {items.map((finding) => {
              const key = findingKey(finding);
              return (
                <li key={key} className="oc-finding-item" data-testid="finding-item" data-rule={finding.rule} data-duty={finding.duty ?? ""}>
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
                  <div className="oc-finding-actions">
                    {canEdit && (
                      <button
                        type="button"
                        className={`oc-button oc-small ${expanded?.key === key && expanded.mode === "fix" ? "is-active" : ""}`}
                        data-testid="finding-fix"
                        title={t("decisions.panel.fixesHint")}
                        aria-expanded={expanded?.key === key && expanded.mode === "fix"}
                        onClick={() => toggle(key, "fix")}
                      >
                        {t("decisions.panel.fixes")}
                      </button>
                    )}
                    {canEdit && (
                      <button
                        type="button"
                        className={`oc-button oc-small oc-quiet ${expanded?.key === key && expanded.mode === "acknowledge" ? "is-active" : ""}`}
                        data-testid="finding-acknowledge"
                        title={t("decisions.panel.acknowledgeHint")}
                        aria-expanded={expanded?.key === key && expanded.mode === "acknowledge"}
                        onClick={() => toggle(key, "acknowledge")}
                      >
                        {t("decisions.panel.acknowledge")}
                      </button>
                    )}
                    <FindingCommentButton count={commentCounts.get(commentTargetKey({ kind: "finding", finding: acknowledgedFinding(finding) })) ?? 0} onClick={() => onComment(finding)} />
                    <a className="oc-why" href={`/definitions#${definitionAnchor(finding)}`} target="_blank" rel="noopener" title={t("decisions.panel.whyHint")} data-testid="finding-why">
                      {t("decisions.panel.why")}
                    </a>
                  </div>
                  {expanded?.key === key && expanded.mode === "fix" && (
                    <FindingFixes
                      chart={chart}
                      context={context}
                      finding={finding}
                      findings={findings}
                      onApply={(fix, label) => {
                        const ok = onApplyFix(fix);
                        if (ok) setApplied(label);
                        return ok;
                      }}
                      onClose={() => setExpanded(null)}
                    />
                  )}
                  {expanded?.key === key && expanded.mode === "acknowledge" && (
                    <AcknowledgeForm
                      pending={acknowledgements.pending}
                      onSave={(reason) => acknowledgements.acknowledge(finding, reason, () => setExpanded(null))}
                      onCancel={() => setExpanded(null)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
      {kept.length > 0 && (
        <details className="oc-finding-group oc-acknowledged" data-testid="acknowledged-group">
          <summary className="oc-finding-rule">
            {t("decisions.panel.acknowledged", { count: kept.length })}
          </summary>
          <ul>
            {kept.map(({ finding, acknowledgement }) => (
              <li key={findingKey(finding)} className="oc-finding-item oc-finding-muted" data-testid="acknowledged-finding" data-rule={finding.rule}>
                <span className="oc-finding-message">{finding.message}</span>
                {acknowledgement !== null && (
                  <span className="oc-ack-note" data-testid="acknowledged-note">
                    {t("decisions.panel.acknowledgedBy", { by: acknowledgement.by, when: when.format(new Date(acknowledgement.at)), reason: acknowledgement.reason })}
                  </span>
                )}
                {canEdit && (
                  <button
                    type="button"
                    className="oc-button oc-small"
                    data-testid="finding-reopen"
                    title={t("decisions.panel.reopenHint")}
                    disabled={acknowledgements.pending}
                    onClick={() => acknowledgements.reopen(finding)}
                  >
                    {t("decisions.panel.reopen")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </SidePanel>
  );
}

/** "Comment" on a finding, with how many comments its open thread has. Viewers may comment too. */
function FindingCommentButton({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useCanvasI18n();
  return (
    <button type="button" className="oc-button oc-small oc-quiet" data-testid="finding-comment" title={t("canvas.comments.onFindingHint")} onClick={onClick}>
      {t("canvas.comments.onFindingAction")}
      {count > 0 && (
        <span className="oc-count" data-testid="finding-comment-count">
          {count}
        </span>
      )}
    </button>
  );
}
