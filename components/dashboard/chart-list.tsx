"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { CHART_LIMITS } from "@/lib/org/limits";
import { deleteChartAction, duplicateChartAction, renameChartAction } from "@/app/actions/charts";
import { useI18n } from "@/components/shell/i18n-provider";

interface ChartSummary {
  id: string;
  name: string;
  nodeCount: number;
  /** What-if copies started from this chart, with their state. */
  proposals: { id: string; name: string; state: string; private: boolean }[];
}

export function ChartList({ charts, canEdit }: { charts: ChartSummary[]; canEdit: boolean }) {
  const { t } = useI18n();
  if (charts.length === 0) return <p className="muted">{t("dashboard.noCharts")}</p>;
  return (
    <ul className="chart-list">
      {charts.map((chart) => (
        <ChartRow key={chart.id} chart={chart} canEdit={canEdit} />
      ))}
    </ul>
  );
}

function ChartRow({ chart, canEdit }: { chart: ChartSummary; canEdit: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  async function run(action: () => Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await action();
    if (!result.ok) setError(result.error?.message ?? t("error.generic"));
    else {
      setError(null);
      router.refresh();
    }
    return result.ok;
  }

  return (
    <li className="chart-item" data-testid="chart-item" data-chart-name={chart.name}>
      {renaming ? (
        <form
          className="row"
          action={async (form) => {
            if (await run(() => renameChartAction({ chartId: chart.id, name: String(form.get("name") ?? "") }))) setRenaming(false);
          }}
        >
          <input type="text" name="name" defaultValue={chart.name} aria-label={t("dashboard.chartName")} required maxLength={CHART_LIMITS.chartName} autoFocus />
          <button className="button" type="submit">{t("dashboard.save")}</button>
          <button className="button secondary" type="button" onClick={() => setRenaming(false)}>{t("dashboard.cancel")}</button>
        </form>
      ) : (
        <div>
          <Link className="chart-link" href={`/charts/${chart.id}`}>{chart.name}</Link>
          <div className="small muted">{t("dashboard.nodes", { count: chart.nodeCount })}</div>
          {chart.proposals.length > 0 && (
            <ul className="proposal-list" aria-label={t("dashboard.proposals")} data-testid="proposal-list">
              {chart.proposals.map((proposal) => (
                <li key={proposal.id} data-testid="proposal-item" data-state={proposal.state}>
                  <Link href={`/charts/${proposal.id}`}>{proposal.name}</Link>{" "}
                  <span className={`badge proposal-${proposal.state}`}>{t(proposalStateKey(proposal.state))}</span>
                  {proposal.private && <span className="small muted"> · {t("dashboard.proposalPrivate")}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <span className="error" role="alert">{error}</span>}
      {canEdit && !renaming && (
        <div className="row">
          <button className="button secondary" type="button" onClick={() => setRenaming(true)}>{t("dashboard.rename")}</button>
          <button
            className="button secondary"
            type="button"
            onClick={() => void run(() => duplicateChartAction({ chartId: chart.id, name: t("dashboard.copyOf", { name: chart.name }).slice(0, CHART_LIMITS.chartName) }))}
          >
            {t("dashboard.duplicate")}
          </button>
          <button className="button secondary" type="button" onClick={() => dialogRef.current?.showModal()}>{t("dashboard.delete")}</button>
          <dialog ref={dialogRef} data-testid="confirm-delete">
            <p>{t("dashboard.confirmDelete", { name: chart.name })}</p>
            <div className="row">
              <button
                className="button danger"
                type="button"
                onClick={async () => {
                  dialogRef.current?.close();
                  await run(() => deleteChartAction({ chartId: chart.id }));
                }}
              >
                {t("dashboard.delete")}
              </button>
              <button className="button secondary" type="button" onClick={() => dialogRef.current?.close()}>{t("dashboard.cancel")}</button>
            </div>
          </dialog>
        </div>
      )}
    </li>
  );
}

function proposalStateKey(state: string) {
  return state === "merged" ? "dashboard.proposalMerged" : state === "discarded" ? "dashboard.proposalDiscarded" : "dashboard.proposalOpen";
}
