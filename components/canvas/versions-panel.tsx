"use client";

import { useEffect, useMemo, useState, type FormEvent } from "react";
import { compareCharts, type ComparedChange } from "@/lib/org/compare-charts";
import type { Chart } from "@/lib/org/types";
import { analyzeChart, compareFindings, type Finding } from "@/lib/rules";
import type { ChartVersionSummary } from "@/lib/org/chart-version-summary";
import { ActivityList } from "./activity-list";
import { useCanvasI18n } from "./canvas-i18n-context";
import { SidePanel } from "./side-panel";
import { StartProposalForm } from "./start-proposal-form";
import { ChangeList, FindingList } from "./comparison-list";
import { useChartVersions } from "./use-chart-versions";

/**
 * Named versions of the chart: save the chart as it is now under a name, list the versions, compare
 * one with now (what changed, and which findings appeared and disappeared), and restore one. A
 * restore is an ordinary edit: everyone sees it live, and Undo takes it back.
 */
export function VersionsPanel({
  chartId,
  chart,
  version,
  findings,
  canEdit,
  canPropose,
  onShowNode,
  onRestore,
  onCompare,
  onView,
  onClose,
}: {
  chartId: string;
  chart: Chart;
  /** The chart's version now: the activity list reads the log again when it moves on. */
  version: number;
  findings: readonly Finding[];
  canEdit: boolean;
  canPropose: boolean;
  onShowNode: (id: string) => void;
  onRestore: (version: Chart, name: string) => void;
  /** The comparison shown on the canvas too (coloured cards), or none. */
  onCompare: (comparison: { before: Chart; changes: ComparedChange[] } | null) => void;
  /** Opens a version read-only on the canvas (null: back to now). */
  onView: (version: { name: string; chart: Chart } | null) => void;
  onClose: () => void;
}) {
  const { t, locale } = useCanvasI18n();
  const { versions, error, save, read } = useChartVersions(chartId);
  const [name, setName] = useState("");
  const [compared, setCompared] = useState<{ summary: ChartVersionSummary; chart: Chart } | null>(null);
  const when = useMemo(() => new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeStyle: "short" }), [locale]);

  // Compared with now, or with another version (any two points): against a version, the canvas
  // shows that version read-only, coloured like "now" would be.
  const [against, setAgainst] = useState<{ summary: ChartVersionSummary; chart: Chart } | null>(null);
  const compareAgainst = (version: { summary: ChartVersionSummary; chart: Chart } | null) => {
    if (version === null && against === null) return;
    setAgainst(version);
    onView(version === null ? null : { name: version.summary.name, chart: version.chart });
  };
  const target = against?.chart ?? chart;
  const changes = useMemo(() => (compared === null ? [] : compareCharts(compared.chart, target)), [compared, target]);
  useEffect(() => {
    onCompare(compared === null ? null : { before: compared.chart, changes });
  }, [compared, changes, onCompare]);
  useEffect(() => () => onCompare(null), [onCompare]);
  const findingChanges = useMemo(
    () => (compared === null ? null : compareFindings(analyzeChart(compared.chart, { lang: locale }), against === null ? findings : analyzeChart(against.chart, { lang: locale }))),
    [compared, against, findings, locale],
  );

  /** A button's action that needs the version's content: read it, then use it. */
  const withContent = (versionId: string, use: (content: Chart) => void) => async () => {
    const content = await read(versionId);
    if (content !== null) use(content);
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return;
    if (await save(name.trim())) setName("");
  };

  return (
    <SidePanel
      id="oc-versions-heading"
      className="oc-versions"
      testId="versions-panel"
      title={t("canvas.versions.title")}
      closeLabel={t("canvas.versions.close")}
      onClose={onClose}
    >
      {canEdit && (
        <form className="oc-version-save" onSubmit={onSave}>
          <label className="visually-hidden" htmlFor="oc-version-name">
            {t("canvas.versions.name")}
          </label>
          <input
            id="oc-version-name"
            className="oc-input"
            data-testid="version-name"
            value={name}
            maxLength={120}
            placeholder={t("canvas.versions.namePlaceholder")}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="oc-button oc-primary" data-testid="version-save" disabled={name.trim() === ""}>
            {t("canvas.versions.save")}
          </button>
        </form>
      )}
      {error !== null && (
        <p className="oc-error" role="alert">
          {error}
        </p>
      )}
      {versions !== null && versions.length === 0 && <p className="oc-muted">{t("canvas.versions.empty")}</p>}
      <ul className="oc-version-list">
        {(versions ?? []).map((version) => (
          <li key={version.id} className="oc-version" data-testid="version" data-name={version.name}>
            <div>
              <strong>{version.name}</strong>
              <small>{t("canvas.versions.meta", { who: version.createdBy ?? t("canvas.versions.someone"), when: when.format(new Date(version.createdAt)) })}</small>
            </div>
            <div className="oc-version-actions">
              <button
                type="button"
                className="oc-button oc-small"
                data-testid="version-compare"
                aria-pressed={compared?.summary.id === version.id}
                onClick={() => {
                  compareAgainst(null);
                  if (compared?.summary.id === version.id) return setCompared(null);
                  return withContent(version.id, (content) => setCompared({ summary: version, chart: content }))();
                }}
              >
                {t("canvas.versions.compare")}
              </button>
              <button
                type="button"
                className="oc-button oc-small"
                data-testid="version-view"
                onClick={withContent(version.id, (content) => onView({ name: version.name, chart: content }))}
              >
                {t("canvas.versions.view")}
              </button>
              {canEdit && (
                <button
                  type="button"
                  className="oc-button oc-small"
                  data-testid="version-restore"
                  onClick={withContent(version.id, (content) => onRestore(content, version.name))}
                >
                  {t("canvas.versions.restore")}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {compared !== null && findingChanges !== null && (
        <div className="oc-comparison" data-testid="comparison">
          <h3>{t("canvas.versions.changesSince", { name: compared.summary.name })}</h3>
          <label className="oc-compare-against">
            {t("canvas.versions.against")}{" "}
            <select
              data-testid="compare-against"
              value={against?.summary.id ?? ""}
              onChange={async (event) => {
                const id = event.target.value;
                const version = (versions ?? []).find((v) => v.id === id);
                if (version === undefined) return compareAgainst(null);
                const content = await read(version.id);
                if (content !== null) compareAgainst({ summary: version, chart: content });
              }}
            >
              <option value="">{t("canvas.versions.now")}</option>
              {(versions ?? [])
                .filter((version) => version.id !== compared.summary.id)
                .map((version) => (
                  <option key={version.id} value={version.id}>
                    {version.name}
                  </option>
                ))}
            </select>
          </label>
          {changes.length === 0 && <p className="oc-muted">{t("canvas.versions.noChanges")}</p>}
          <ChangeList changes={changes} onShowNode={onShowNode} />
          <FindingList testId="findings-appeared" title={t("canvas.versions.appeared", { count: findingChanges.appeared.length })} findings={findingChanges.appeared} />
          <FindingList testId="findings-disappeared" title={t("canvas.versions.disappeared", { count: findingChanges.disappeared.length })} findings={findingChanges.disappeared} />
        </div>
      )}
      {canPropose && <StartProposalForm chartId={chartId} />}
      <ActivityList chartId={chartId} chart={chart} version={version} />
    </SidePanel>
  );
}
