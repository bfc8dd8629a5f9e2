import type { Translate } from "../i18n/translate";
import { branchPageScene, overviewScene, pageTitle } from "../io/branch-page-scenes";
import { chartScene, type ChartScene } from "../io/chart-scene";
import { MIN_READABLE_SCALE, pageChartByBranch } from "../io/page-chart-by-branch";
import type { Chart } from "../org/types";
import type { Severity } from "../rules/catalog";
import { drawScenePdf } from "./draw-scene-pdf";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { PDF_MARGIN } from "./pdf-document";

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
/** Chart pages use narrower margins than text pages: a caption, a note, then the drawing down to the page numbers. */
const SIDE = 30;
const CAPTION_TOP = 24;
const DRAWING_TOP = 52;
const AREA = { width: PAGE.width - 2 * SIDE, height: PAGE.height - PDF_MARGIN + 6 - DRAWING_TOP };

export interface ChartPagesOptions {
  t: Translate;
  /** The cards findings name, marked with the worst severity. */
  flagged?: ReadonlyMap<string, Severity>;
}

/**
 * Adds the chart to a PDF: one page when the whole chart is readable on it (labels of at least
 * MIN_LABEL_PT), otherwise an overview page and a page per branch (page-chart-by-branch.ts),
 * each drawn at the readable scale, the reference cards naming the printed page numbers.
 */
export function addChartPages(doc: PDFKit.PDFDocument, chart: Pick<Chart, "nodes" | "edges">, options: ChartPagesOptions): void {
  const { t, flagged } = options;
  const page = (caption: string, note: string, scene: ChartScene, largest: number) => {
    const scale = Math.min(largest, AREA.width / scene.width, AREA.height / scene.height);
    doc.addPage({ size: "A4", layout: "landscape", margin: PDF_MARGIN });
    doc.font(FONT_BOLD).fontSize(13).fillColor("#0f172a").text(caption, SIDE, CAPTION_TOP, { width: AREA.width, lineBreak: false, ellipsis: true });
    doc.font(FONT_REGULAR).fontSize(8).fillColor("#475569").text(note, SIDE, CAPTION_TOP + 17, { width: AREA.width, lineBreak: false, ellipsis: true });
    drawScenePdf(doc, scene, SIDE, DRAWING_TOP, scale);
  };

  const whole = chartScene(chart, flagged ? { flagged } : {});
  if (Math.min(AREA.width / whole.width, AREA.height / whole.height) >= MIN_READABLE_SCALE) {
    page(t("io.report.picture"), t("io.report.pictureNote"), whole, 1);
    return;
  }
  const paged = pageChartByBranch(chart, { width: AREA.width / MIN_READABLE_SCALE, height: AREA.height / MIN_READABLE_SCALE });
  // Printed numbers: the pages already in the document, the overview, then the branches.
  const first = doc.bufferedPageRange().count + 2;
  const scenes = { nodes: new Map(chart.nodes.map((node) => [node.id, node])), t, pageNumber: (index: number) => first + index, ...(flagged ? { flagged } : {}) };
  page(t("io.pages.overview"), t("io.pages.overviewNote"), overviewScene(paged, scenes), MIN_READABLE_SCALE);
  for (const branch of paged.pages) {
    const label = pageTitle(branch, scenes.nodes, t);
    const caption = branch.manager ? t("io.pages.branchOf", { label, page: scenes.pageNumber(branch.manager.page) }) : t("io.pages.branch", { label });
    page(caption, t("io.pages.note"), branchPageScene(branch, scenes), MIN_READABLE_SCALE);
  }
}
