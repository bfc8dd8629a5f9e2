import type { FindingsReport } from "../io/build-report";
import type { Chart } from "../org/types";
import { addChartPages } from "./add-chart-pages";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { createPdf, finishPdf, PDF_MARGIN as MARGIN } from "./pdf-document";

/**
 * The findings report as an A4 landscape PDF, made on the server without a browser (pdfkit, with
 * the shipped DejaVu font). Page one is the summary; then the findings, the duty matrix and the
 * chart: one page when it is readable whole, otherwise an overview and a page per branch.
 */
export async function renderReportPdf(report: FindingsReport, chart: Pick<Chart, "name" | "nodes" | "edges">): Promise<Buffer> {
  const { t } = report;
  const { doc, done } = createPdf(`${t("io.report.title")}: ${report.chartName}`);
  const width = doc.page.width - 2 * MARGIN;

  // Page 1: summary.
  doc.font(FONT_BOLD).fontSize(24).text(`${t("io.report.title")}`, { width });
  doc.moveDown(0.3).fontSize(18).text(report.chartName, { width });
  doc.moveDown(1).font(FONT_REGULAR).fontSize(13);
  for (const [label, value] of [
    [t("io.report.chart"), report.chartName],
    [t("io.report.date"), report.date],
    [t("io.report.headcount"), t("io.report.headcountValue", { people: report.people, departments: report.departments })],
  ] as const) {
    doc.font(FONT_BOLD).text(`${label}: `, { continued: true }).font(FONT_REGULAR).text(value);
  }
  doc.moveDown(1).font(FONT_BOLD).fontSize(16).text(t("io.report.bySeverity"));
  doc.moveDown(0.4).fontSize(13);
  doc.font(FONT_BOLD).fillColor("#b91c1c").text(`${t("io.report.warnings")}: ${report.warnings}`);
  doc.fillColor("#1d4ed8").text(`${t("io.report.infos")}: ${report.infos}`);
  doc.fillColor("#0f172a").text(`${t("io.report.total")}: ${report.warnings + report.infos}`);
  doc.font(FONT_REGULAR);

  // Findings.
  doc.addPage();
  doc.font(FONT_BOLD).fontSize(18).text(t("io.report.findings"));
  doc.moveDown(0.5);
  if (report.findings.length === 0) doc.font(FONT_REGULAR).fontSize(12).text(t("io.report.noFindings"), { width });
  report.findings.forEach((finding, index) => {
    if (doc.y > doc.page.height - MARGIN - 110) doc.addPage();
    doc.font(FONT_BOLD).fontSize(13).fillColor(finding.severity === "warning" ? "#b91c1c" : "#1d4ed8").text(`${index + 1}. ${finding.severityLabel} · ${finding.ruleLabel}`, { width });
    doc.fillColor("#0f172a").font(FONT_REGULAR).fontSize(11).text(finding.message, { width });
    const line = (label: string, value: string) => doc.font(FONT_BOLD).text(`${label}: `, { continued: true, width }).font(FONT_REGULAR).text(value, { width });
    line(t("io.report.people"), finding.people.length > 0 ? finding.people.join(", ") : t("io.report.nobody"));
    line(t("io.report.sentence"), `«${finding.sentence}»${finding.sentenceTranslation ? ` (“${finding.sentenceTranslation}”)` : ""}`);
    line(t("io.report.todo"), finding.advice);
    doc.moveDown(0.8);
  });

  // Duty matrix.
  doc.addPage();
  doc.font(FONT_BOLD).fontSize(18).fillColor("#0f172a").text(t("io.report.matrix"));
  doc.moveDown(0.5);
  const columns = [0.3, 0.1, 0.45, 0.15].map((share) => share * width);
  const row = (cells: string[], bold: boolean, fill?: string) => {
    doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(10);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: (columns[i] as number) - 8 }))) + 8;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((text, i) => {
      const w = columns[i] as number;
      if (fill) doc.rect(x, top, w, height).fill(fill);
      doc.rect(x, top, w, height).lineWidth(0.5).stroke("#94a3b8");
      doc.fillColor("#0f172a").text(text, x + 4, top + 4, { width: w - 8 });
      x += w;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row([t("io.report.duty"), t("io.report.owner"), t("io.report.holders"), t("io.report.state")], true, "#e2e8f0");
  for (const entry of report.matrix) {
    row([entry.duty, entry.owner, entry.holders.join(", ") || "—", t(`io.report.state.${entry.state}`)], false, entry.state === "gap" ? "#fee2e2" : entry.state === "overlap" ? "#ffedd5" : undefined);
  }

  // The chart, flagged cards marked.
  addChartPages(doc, chart, { t, flagged: report.flagged });
  finishPdf(doc, (page, pages) => `${report.chartName} · ${report.date} · ${t("io.report.page", { page, pages })}`);
  return done;
}
