"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { restoreChartAction } from "@/app/actions/charts";
import { useI18n } from "@/components/shell/i18n-provider";
import { TRASH_DAYS } from "@/lib/org/limits";

/** An organisation's recently deleted charts, folded away; those who may delete charts restore them. */
export function DeletedCharts({ charts, canRestore }: { charts: { id: string; name: string; deletedAt: string }[]; canRestore: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const when = new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <details className="deleted-charts" data-testid="deleted-charts">
      <summary>{t("dashboard.trash.title", { count: charts.length })}</summary>
      <ul className="chart-list">
        {charts.map((chart) => (
          <li key={chart.id} className="chart-item" data-testid="deleted-chart" data-chart-name={chart.name}>
            <span>
              {chart.name} <small className="muted">{t("dashboard.trash.deleted", { when: when.format(new Date(chart.deletedAt)), days: TRASH_DAYS })}</small>
            </span>
            {canRestore && (
              <button
                type="button"
                className="button"
                data-testid="restore-chart"
                onClick={async () => {
                  const result = await restoreChartAction({ chartId: chart.id });
                  if (!result.ok) setError(result.error.message);
                  else router.refresh();
                }}
              >
                {t("dashboard.trash.restore")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error !== null && <p role="alert">{error}</p>}
    </details>
  );
}
