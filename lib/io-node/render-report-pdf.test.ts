import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildReport } from "../io/build-report";
import { buildChart } from "../rules/fixtures/charts";
import { createNode } from "../org/gestures";
import type { Chart } from "../org/types";
import { renderReportPdf } from "./render-report-pdf";
import { pdfTextByPage } from "./testing/pdf-text";

/** The decompressed content streams of a PDF from pdfkit (every stream is Flate-compressed). */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const out: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    try {
      out.push(inflateSync(pdf.subarray(start, text.indexOf("endstream", start))).toString("latin1"));
    } catch {
      // Not compressed content (none expected), skipped.
    }
  }
  return out;
}

describe("renderReportPdf", () => {
  it("draws the chart page as vectors: a clipped, scaled drawing with a rectangle and text per card, no image", async () => {
    const chart = buildChart([{ id: "a", title: "Direttrice" }, { id: "b", title: "Sistemista" }, { id: "c", title: "Tecnico" }], ["a>b", "a>c"]);
    const pdf = await renderReportPdf(buildReport(chart, "it", new Date("2026-01-02T10:00:00Z")), chart);
    expect(pdf.toString("latin1")).not.toContain("/Subtype /Image");
    const picture = contentStreams(pdf).find((stream) => stream.includes("W n"));
    expect(picture).toBeDefined();
    const drawing = (picture as string).slice((picture as string).indexOf("W n"));
    // Each card is a rounded rectangle (4 curves) filled and stroked ("B"), then its title.
    expect(drawing.match(/^B$/gm)).toHaveLength(3);
    expect(drawing.match(/^BT$/gm)?.length).toBeGreaterThanOrEqual(3);
    // Two elbow lines from the manager.
    expect(drawing.match(/^S$/gm)).toHaveLength(2);
  });

  it("pages a big chart after the duty matrix: the overview's boxes and the references name the report's own page numbers", async () => {
    const nodes = Array.from({ length: 300 }, (_, i) => createNode({ id: `n${i}`, title: `Card ${i}`, person: `Person ${i}` }));
    const chart: Chart = { name: "Big", nodes, edges: nodes.slice(1).map((node, k) => ({ id: `e${k}`, source: `n${Math.floor(k / 5)}`, target: node.id, kind: "reports-to" })) };
    const pages = pdfTextByPage(await renderReportPdf(buildReport(chart, "en", new Date("2026-01-02T10:00:00Z")), chart));
    // Every page has its footer and something above it: none was added by a footer running into the margin.
    pages.forEach((texts, i) => {
      expect(texts.at(-1)).toBe(`Big · 2026-01-02 · Page ${i + 1} of ${pages.length}`);
      expect(texts.length).toBeGreaterThan(1);
    });
    const overview = pages.findIndex((texts) => texts[0] === "The chart by branch: overview");
    expect(overview).toBeGreaterThan(2);
    expect(pages[overview]).toContain(`page ${overview + 2}`);
    expect(pages[overview + 1]?.[0]).toBe("Branch: Card 0 (Person 0)");
    for (const [i, texts] of pages.entries()) {
      for (const text of texts) {
        const continues = /^continues on page (\d+)$/.exec(text);
        if (continues) expect(Number(continues[1])).toBeGreaterThan(i + 1);
      }
    }
  });
});
