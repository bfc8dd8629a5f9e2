import { Resvg } from "@resvg/resvg-js";
import { chartToSvg, type SvgOptions } from "../io/chart-to-svg";
import type { Chart } from "../org/types";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { glyphLabels } from "./glyph-labels";

/**
 * The largest picture we rasterise in one piece (RGBA: 4 bytes a pixel, under 100 MB; encoding it dominates the time). A
 * bigger drawing is scaled down to fit, and the SVG and the PDF report stay the readable form.
 */
export const MAX_PNG_PIXELS = 24_000_000;

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
  scale: number;
  /** How many cards it shows. */
  cards: number;
}

/** The chart (or the `view` part of it) as a PNG: drawn from positions, labels as shared glyph outlines. */
export function renderChartPng(chart: Pick<Chart, "name" | "nodes" | "edges">, options: Omit<SvgOptions, "labels"> = {}, scale = 1): RenderedPng {
  const drawing = chartToSvg(chart, { ...options, labels: glyphLabels() });
  return { ...renderPng(drawing.svg, drawing.width, drawing.height, scale), cards: drawing.cards };
}

/** SVG → PNG with resvg and the shipped font only: no system fonts, no network. */
function renderPng(svg: string, width: number, height: number, scale: number): Omit<RenderedPng, "cards"> {
  const fit = Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height)));
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_REGULAR, FONT_BOLD], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: Math.max(1, Math.floor(width * fit)) },
    background: "#ffffff",
  });
  const image = resvg.render();
  const png = image.asPng();
  return { png, width: image.width, height: image.height, scale: fit };
}
