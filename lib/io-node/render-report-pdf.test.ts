import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildReport } from "../io/build-report";
import { buildChart } from "../rules/fixtures/charts";
import { renderReportPdf } from "./render-report-pdf";

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
});
