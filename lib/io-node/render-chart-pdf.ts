import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import type { Chart } from "../org/types";
import type { Severity } from "../rules/catalog";
import { addChartPages } from "./add-chart-pages";
import { createPdf, finishPdf } from "./pdf-document";

/**
 * The chart alone as an A4 landscape PDF: one page when it is readable whole, otherwise an
 * overview and one readable page per branch (the findings report's picture pages, on their own).
 */
export async function renderChartPdf(chart: Pick<Chart, "name" | "nodes" | "edges">, locale: Locale, flagged?: ReadonlyMap<string, Severity>): Promise<Buffer> {
  const t = translator(locale);
  const { doc, done } = createPdf(chart.name, { autoFirstPage: false });
  addChartPages(doc, chart, { t, ...(flagged ? { flagged } : {}) });
  finishPdf(doc, (page, pages) => `${chart.name} · ${t("io.report.page", { page, pages })}`);
  return done;
}
