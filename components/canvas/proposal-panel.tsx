"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { compareCharts, type ComparedChange } from "@/lib/org/compare-charts";
import type { MergeOutcome } from "@/lib/org/proposal";
import { summarizeOps } from "@/lib/org/summarize-ops";
import type { Chart } from "@/lib/org/types";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import { analyzeChart, compareFindings, type Finding } from "@/lib/rules";
import { describeOpReason } from "@/lib/sync/describe-op-reason";
import { useCanvasI18n } from "./canvas-i18n-context";
import { ChangeList, FindingList } from "./comparison-list";
import { describeActivity } from "./describe-activity";
import { SidePanel } from "./side-panel";
import { useProposal } from "./use-proposal";

/**
 * A proposal's side of the story: where it started, what it changes, what changed in its origin
 * meanwhile, and which findings a merge would make appear or disappear. The canvas shows it against
 * the origin as it is now (added green, changed amber, removed as red ghosts). Those who may edit
 * the origin merge it; whoever may edit the proposal discards it.
 */
export function ProposalPanel({
  chartId,
  chart,
  version,
  findings,
  canEdit,
  onShowNode,
  onCompare,
  onClose,
}: {
  chartId: string;
  chart: Chart;
  version: number;
  findings: readonly Finding[];
  canEdit: boolean;
  onShowNode: (id: string) => void;
  onCompare: (comparison: { before: Chart; changes: ComparedChange[] } | null) => void;
  onClose: () => void;
}) {
  const { t, locale } = useCanvasI18n();
  const router = useRouter();
  const { context, outcome, error, pending, merge, discard } = useProposal(chartId, version);
  const [confirming, setConfirming] = useState<"merge" | "discard" | null>(null);
  const origin = context?.origin ?? null;
  const ownChanges = useMemo(() => (context === null ? [] : compareCharts(context.base, chart)), [context, chart]);
  const originChanges = useMemo(() => (context === null || origin === null ? [] : compareCharts(context.base, origin)), [context, origin]);
  const againstOrigin = useMemo(() => (origin === null ? null : { before: origin as Chart, changes: compareCharts(origin, chart) }), [origin, chart]);
  const findingChanges = useMemo(() => (origin === null ? null : compareFindings(analyzeChart(origin, { lang: locale }), findings)), [origin, findings, locale]);
  useEffect(() => onCompare(againstOrigin), [againstOrigin, onCompare]);
  useEffect(() => () => onCompare(null), [onCompare]);

  const originName = origin?.name ?? "";
  const state = outcome !== null ? "merged" : (context?.state ?? "open");
  return (
    <SidePanel id="oc-proposal-heading" className="oc-proposal-panel" testId="proposal-panel" title={t("canvas.proposal.title")} closeLabel={t("canvas.proposal.close")} onClose={onClose}>
      {context !== null && (
        <p className="oc-proposal-state" data-testid="proposal-state" data-state={state}>
          <span className={`oc-state oc-state-${state}`}>{t(`canvas.proposal.state.${state}`)}</span>{" "}
          {origin === null ? t("canvas.proposal.originGone") : t("canvas.proposal.from", { name: originName, version: context.startedAt })}
          {context.private && <small> {t("canvas.proposal.privateNote")}</small>}
        </p>
      )}
      {origin !== null && context !== null && (
        <Link className="oc-link-button" href={`/charts/${origin.id}`} data-testid="proposal-origin">
          {t("canvas.proposal.openOrigin", { name: originName })}
        </Link>
      )}
      {error !== null && (
        <p className="oc-error" role="alert" data-testid="proposal-error">
          {error}
        </p>
      )}
      {outcome !== null && <MergeReport outcome={outcome} chart={chart} originName={originName} />}
      {context !== null && state === "open" && origin !== null && (
        <div className="oc-row oc-proposal-actions">
          {context.canMerge ? (
            <button type="button" className="oc-button oc-primary oc-small" data-testid="proposal-merge" disabled={pending} onClick={() => setConfirming("merge")}>
              {t("canvas.proposal.merge", { name: originName })}
            </button>
          ) : (
            <small className="oc-muted">{t("canvas.proposal.noMerge", { name: originName })}</small>
          )}
          {canEdit && (
            <button type="button" className="oc-button oc-small" data-testid="proposal-discard" disabled={pending} onClick={() => setConfirming("discard")}>
              {t("canvas.proposal.discard")}
            </button>
          )}
        </div>
      )}
      {confirming !== null && state === "open" && (
        <div className="oc-confirm" role="alertdialog" data-testid="proposal-confirm">
          <p>{confirming === "merge" ? t("canvas.proposal.mergeConfirm", { name: originName }) : t("canvas.proposal.discardConfirm")}</p>
          <div className="oc-row">
            <button
              type="button"
              className={`oc-button oc-small ${confirming === "merge" ? "oc-primary" : "oc-danger"}`}
              data-testid="proposal-confirm-yes"
              disabled={pending}
              onClick={() => {
                // The page reloads as a closed proposal: read-only from then on.
                if (confirming === "merge") merge(() => router.refresh());
                else discard(() => router.refresh());
                setConfirming(null);
              }}
            >
              {t(confirming === "merge" ? "canvas.proposal.mergeYes" : "canvas.proposal.discardYes")}
            </button>
            <button type="button" className="oc-button oc-small" onClick={() => setConfirming(null)}>
              {t("canvas.proposal.cancel")}
            </button>
          </div>
        </div>
      )}
      {context !== null && state !== "open" && outcome === null && <p className="oc-muted">{t("canvas.proposal.closed", { state: t(`canvas.proposal.state.${state}`).toLowerCase() })}</p>}
      {context !== null && (
        <div className="oc-comparison" data-testid="proposal-comparison">
          <h3>{t("canvas.proposal.changes", { count: ownChanges.length })}</h3>
          <ChangeList changes={ownChanges} testId="proposal-change" onShowNode={onShowNode} />
          {origin !== null && (
            <>
              <h3>{t("canvas.proposal.originChanges", { name: originName, count: originChanges.length })}</h3>
              <ChangeList changes={originChanges} testId="origin-change" onShowNode={onShowNode} />
            </>
          )}
          {findingChanges !== null && state === "open" && (
            <>
              <FindingList testId="merge-findings-appear" title={t("canvas.proposal.appear", { count: findingChanges.appeared.length })} findings={findingChanges.appeared} />
              <FindingList testId="merge-findings-disappear" title={t("canvas.proposal.disappear", { count: findingChanges.disappeared.length })} findings={findingChanges.disappeared} />
            </>
          )}
        </div>
      )}
    </SidePanel>
  );
}

/** What a merge did: how many changes landed, which were refused and why, what it replaced. */
function MergeReport({ outcome, chart, originName }: { outcome: MergeOutcome; chart: Chart; originName: string }) {
  const { t, locale } = useCanvasI18n();
  const tAll = useMemo(() => translator(locale), [locale]);
  const titles = useMemo(() => new Map(chart.nodes.map((node) => [node.id, node.title])), [chart]);
  const field = (name: string) => {
    const key = `op.field.${name === "responsibility" ? "responsibility.text" : name}`;
    return tAll(key as MessageKey);
  };
  return (
    <div className="oc-merge-report" role="status" data-testid="merge-report">
      <p>
        <strong>{t("canvas.proposal.merged", { name: originName, count: outcome.applied })}</strong>
      </p>
      {outcome.savedVersion !== null && <p className="oc-muted">{t("canvas.proposal.savedVersion", { name: outcome.savedVersion })}</p>}
      {outcome.refused.length > 0 && (
        <>
          <h4>{t("canvas.proposal.refused", { count: outcome.refused.length })}</h4>
          <ul data-testid="merge-refused">
            {outcome.refused.map(({ op, reason }, index) => (
              <li key={index}>
                {t("canvas.proposal.refusedItem", {
                  change: summarizeOps([op], (id) => titles.get(id)).map((item) => describeActivity(item, t)).join(", "),
                  reason: describeOpReason(reason, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {outcome.overwritten.length > 0 && (
        <>
          <h4>{t("canvas.proposal.overwritten", { name: originName, count: outcome.overwritten.length })}</h4>
          <ul data-testid="merge-overwritten">
            {outcome.overwritten.map((change, index) => (
              <li key={index}>
                {t("canvas.proposal.overwrittenItem", { title: change.title, field: field(change.field), was: change.was ?? t("canvas.proposal.none"), now: change.now ?? t("canvas.proposal.none") })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
