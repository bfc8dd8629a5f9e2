import "server-only";
import { buildReport } from "../io/build-report";
import { chartToCsv } from "../io/chart-to-csv";
import { chartToSvg } from "../io/chart-to-svg";
import { findingsToCsv } from "../io/findings-to-csv";
import { flagCards } from "../io/flag-cards";
import { renderReportHtml } from "../io/render-report-html";
import { renderReportMarkdown } from "../io/render-report-markdown";
import { renderChartPdf } from "../io-node/render-chart-pdf";
import { renderChartPng } from "../io-node/render-png";
import { renderReportPdf } from "../io-node/render-report-pdf";
import type { Locale } from "../i18n/locales";
import { serializeOrgchart } from "../io/serialize-orgchart";
import type { Chart } from "../org/types";
import { analyzeChart, type Acknowledgement } from "../rules";

export const exportFormats = ["json", "csv", "svg", "png", "chart-pdf", "pdf", "html", "md", "findings-csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
  /** The name for clients that ignore filename*. */
  asciiName: string;
}

const TYPES: Record<ExportFormat, [string, string]> = {
  json: ["application/json; charset=utf-8", ".json"],
  csv: ["text/csv; charset=utf-8", ".csv"],
  svg: ["image/svg+xml; charset=utf-8", ".svg"],
  png: ["image/png", ".png"],
  "chart-pdf": ["application/pdf", "-chart.pdf"],
  pdf: ["application/pdf", ".pdf"],
  html: ["text/html; charset=utf-8", ".html"],
  md: ["text/markdown; charset=utf-8", ".md"],
  "findings-csv": ["text/csv; charset=utf-8", "-findings.csv"],
};

/** One chart as one download, in any export format: the same lib/io code as the CLI. */
export async function exportChart(
  chart: Chart,
  format: ExportFormat,
  locale: Locale,
  view?: { x: number; y: number; width: number; height: number },
  acknowledgements: readonly Acknowledgement[] = [],
): Promise<ExportedFile> {
  const body = await render(chart, format, locale, view, acknowledgements);
  const [contentType, extension] = TYPES[format];
  const base = [...chart.name].map((char) => (char < " " || '\\/:*?"<>|'.includes(char) ? " " : char)).join("").trim().slice(0, 100) || "chart";
  const fileName = `${base}${view && (format === "svg" || format === "png") ? "-view" : ""}${extension}`;
  return { body, contentType, fileName, asciiName: fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "_") };
}

async function render(
  chart: Chart,
  format: ExportFormat,
  locale: Locale,
  view: { x: number; y: number; width: number; height: number } | undefined,
  acknowledgements: readonly Acknowledgement[],
): Promise<Buffer> {
  switch (format) {
    case "json":
      return Buffer.from(`${JSON.stringify(serializeOrgchart(chart, acknowledgements), null, 2)}\n`);
    case "csv":
      return Buffer.from(chartToCsv(chart));
    case "svg":
      return Buffer.from(chartToSvg(chart, view ? { view } : {}).svg);
    case "png": {
      return renderChartPng(chart, view ? { view } : {}).png;
    }
    case "chart-pdf":
      return renderChartPdf(chart, locale, flagCards(analyzeChart(chart, { lang: locale })));
    case "findings-csv":
      return Buffer.from(findingsToCsv(chart, analyzeChart(chart, { lang: locale }), locale));
    case "md":
      return Buffer.from(renderReportMarkdown(buildReport(chart, locale, new Date())));
    case "html":
      return Buffer.from(renderReportHtml(buildReport(chart, locale, new Date())));
    case "pdf":
      return renderReportPdf(buildReport(chart, locale, new Date()), chart);
  }
}
