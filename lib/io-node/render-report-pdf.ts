import PDFDocument from "pdfkit";
import type { FindingsReport } from "../io/build-report";
import { chartScene, labelBar, type ChartScene, type SceneOptions } from "../io/chart-scene";
import type { Chart } from "../org/types";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

const MARGIN = 40;
/** Below this many PDF points per canvas pixel card text is too small to read on paper: tile instead. */
const MIN_READABLE_SCALE = 0.45;
/** A 10,000-card chart would need hundreds of readable pages; past this the picture is one overview page (vectors: it can be zoomed). */
const MAX_PICTURE_PAGES = 40;

/**
 * The findings report as an A4 landscape PDF, made on the server without a browser (pdfkit, with
 * the shipped DejaVu font). Page one is the summary; then the findings, the duty matrix and the
 * chart, tiled over several pages when one page would make the cards unreadable.
 */
export async function renderReportPdf(report: FindingsReport, chart: Pick<Chart, "name" | "nodes" | "edges">): Promise<Buffer> {
  const { t } = report;
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: MARGIN, bufferPages: true, font: FONT_REGULAR, info: { Title: `${t("io.report.title")}: ${report.chartName}` } });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  // Page 1: summary.
  doc.font("bold").fontSize(24).text(`${t("io.report.title")}`, { width });
  doc.moveDown(0.3).fontSize(18).text(report.chartName, { width });
  doc.moveDown(1).font("regular").fontSize(13);
  for (const [label, value] of [
    [t("io.report.chart"), report.chartName],
    [t("io.report.date"), report.date],
    [t("io.report.headcount"), t("io.report.headcountValue", { people: report.people, departments: report.departments })],
  ] as const) {
    doc.font("bold").text(`${label}: `, { continued: true }).font("regular").text(value);
  }
  doc.moveDown(1).font("bold").fontSize(16).text(t("io.report.bySeverity"));
  doc.moveDown(0.4).fontSize(13);
  doc.font("bold").fillColor("#b91c1c").text(`${t("io.report.warnings")}: ${report.warnings}`);
  doc.fillColor("#1d4ed8").text(`${t("io.report.infos")}: ${report.infos}`);
  doc.fillColor("#0f172a").text(`${t("io.report.total")}: ${report.warnings + report.infos}`);
  doc.font("regular");

  // Findings.
  doc.addPage();
  doc.font("bold").fontSize(18).text(t("io.report.findings"));
  doc.moveDown(0.5);
  if (report.findings.length === 0) doc.font("regular").fontSize(12).text(t("io.report.noFindings"), { width });
  report.findings.forEach((finding, index) => {
    if (doc.y > doc.page.height - MARGIN - 110) doc.addPage();
    doc.font("bold").fontSize(13).fillColor(finding.severity === "warning" ? "#b91c1c" : "#1d4ed8").text(`${index + 1}. ${finding.severityLabel} · ${finding.ruleLabel}`, { width });
    doc.fillColor("#0f172a").font("regular").fontSize(11).text(finding.message, { width });
    const line = (label: string, value: string) => doc.font("bold").text(`${label}: `, { continued: true, width }).font("regular").text(value, { width });
    line(t("io.report.people"), finding.people.length > 0 ? finding.people.join(", ") : t("io.report.nobody"));
    line(t("io.report.sentence"), `«${finding.sentence}»${finding.sentenceTranslation ? ` (“${finding.sentenceTranslation}”)` : ""}`);
    line(t("io.report.todo"), finding.advice);
    doc.moveDown(0.8);
  });

  // Duty matrix.
  doc.addPage();
  doc.font("bold").fontSize(18).fillColor("#0f172a").text(t("io.report.matrix"));
  doc.moveDown(0.5);
  const columns = [0.3, 0.1, 0.45, 0.15].map((share) => share * width);
  const row = (cells: string[], bold: boolean, fill?: string) => {
    doc.font(bold ? "bold" : "regular").fontSize(10);
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
  addPicturePages(doc, report, chart);

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font("regular").fontSize(9).fillColor("#64748b");
    doc.text(`${report.chartName} · ${report.date} · ${t("io.report.page", { page: i + 1, pages: range.count })}`, MARGIN, doc.page.height - MARGIN + 12, { width, align: "right", lineBreak: false });
  }
  doc.end();
  return done;
}

function addPicturePages(doc: PDFKit.PDFDocument, report: FindingsReport, chart: Pick<Chart, "name" | "nodes" | "edges">) {
  const { t } = report;
  const header = 50;
  const areaWidth = doc.page.width - 2 * MARGIN;
  const areaHeight = doc.page.height - 2 * MARGIN - header;
  const whole = report.picture;
  const fit = Math.min(areaWidth / whole.width, areaHeight / whole.height);
  const tileWidth = areaWidth / MIN_READABLE_SCALE;
  const tileHeight = areaHeight / MIN_READABLE_SCALE;
  const across = Math.ceil(whole.width / tileWidth);
  const down = Math.ceil(whole.height / tileHeight);
  const tiled = fit < MIN_READABLE_SCALE && across * down <= MAX_PICTURE_PAGES;

  /** Adds a page with the chart, or the `view` part of it; none for an empty tile. */
  const page = (view: SceneOptions["view"], scale: number, caption: () => string) => {
    const scene = chartScene(chart, { flagged: report.flagged, ...(view ? { view } : {}) });
    if (scene.cards.length === 0) return;
    doc.addPage();
    doc.font("bold").fontSize(16).fillColor("#0f172a").text(caption(), MARGIN, MARGIN);
    doc.font("regular").fontSize(9).fillColor("#475569").text(t("io.report.pictureNote"));
    drawScene(doc, scene, MARGIN, MARGIN + header, scale);
  };

  if (!tiled) {
    page(undefined, fit, () => t("io.report.picture"));
    return;
  }
  let n = 0;
  for (let row = 0; row < down; row++) {
    for (let column = 0; column < across; column++) {
      const view = { x: whole.x + column * tileWidth, y: whole.y + row * tileHeight, width: tileWidth, height: tileHeight };
      page(view, MIN_READABLE_SCALE, () => `${t("io.report.picture")} (${++n})`);
    }
  }
}

/** Below this many points per canvas pixel (text under 2 pt) the overview page's labels are bars. */
const MIN_TEXT_SCALE = 0.15;

/**
 * The chart drawn as vectors (rectangles, lines, text in the embedded font) at `scale` points per
 * canvas pixel, clipped to the scene, so it prints sharp. On an overview too small for any text
 * the labels are grey bars: pdfkit lays out every string with fontkit, which for the 30,000
 * labels of a 10,000-card chart took over a minute.
 */
function drawScene(doc: PDFKit.PDFDocument, scene: ChartScene, left: number, top: number, scale: number) {
  doc.save();
  doc.rect(left, top, scene.width * scale, scene.height * scale).clip();
  doc.translate(left - scene.x * scale, top - scene.y * scale).scale(scale);
  doc.lineWidth(1.5);
  for (const edge of scene.edges) {
    const [first, ...rest] = edge.points;
    if (!first) continue;
    doc.moveTo(first[0], first[1]);
    for (const [x, y] of rest) doc.lineTo(x, y);
    if (edge.dotted) doc.dash(6, { space: 5 }).stroke("#a855f7").undash();
    else doc.stroke("#64748b");
  }
  for (const card of scene.cards) {
    doc.lineWidth(card.strokeWidth).roundedRect(card.x, card.y, card.width, card.height, 10).fillAndStroke(card.fill, card.stroke);
    if (card.badge) doc.circle(card.x + card.badge.cx, card.y + card.badge.cy, card.badge.r).fill(card.badge.fill);
    for (const line of card.lines) {
      if (scale < MIN_TEXT_SCALE) {
        const bar = labelBar(line);
        doc.rect(card.x + bar.x, card.y + bar.y, bar.width, bar.height).fillOpacity(0.45).fill(line.fill).fillOpacity(1);
        continue;
      }
      doc.font(line.bold ? "bold" : "regular").fontSize(line.size).fillColor(line.fill);
      const shift = line.anchor === "middle" ? doc.widthOfString(line.text) / 2 : 0;
      doc.text(line.text, card.x + line.x - shift, card.y + line.y, { lineBreak: false, baseline: "alphabetic" });
    }
  }
  doc.restore();
}
