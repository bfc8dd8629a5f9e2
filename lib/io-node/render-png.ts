import { Resvg } from "@resvg/resvg-js";
import { chartToSvg, labelBars, type SvgOptions } from "../io/chart-to-svg";
import type { Chart } from "../org/types";
import { encodePng } from "./encode-png";
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

/** Below this the card text (13–14 px on the canvas) would be under 5 px high: the picture is an overview. */
const MIN_LABEL_SCALE = 0.38;

/**
 * The chart (or the `view` part of it) as a PNG: drawn from positions, labels as shared glyph
 * outlines, or as grey bars when the picture had to be scaled down so far that no letter could
 * be read (a big chart's overview; the SVG, the current view and the PDF report are readable).
 */
export function renderChartPng(chart: Pick<Chart, "name" | "nodes" | "edges">, options: Omit<SvgOptions, "labels"> = {}, scale = 1): RenderedPng {
  const labels = (size: { width: number; height: number }) => (fitScale(size.width, size.height, scale) >= MIN_LABEL_SCALE ? glyphLabels() : labelBars);
  const drawing = chartToSvg(chart, { ...options, labels });
  return { ...renderPng(drawing.svg, drawing.width, drawing.height, scale), cards: drawing.cards };
}

function fitScale(width: number, height: number, scale: number): number {
  return Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height)));
}

/** SVG → PNG with resvg and the shipped font only: no system fonts, no network. */
function renderPng(svg: string, width: number, height: number, scale: number): Omit<RenderedPng, "cards"> {
  const fit = fitScale(width, height, scale);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_REGULAR, FONT_BOLD], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: Math.max(1, Math.floor(width * fit)) },
    background: "#ffffff",
  });
  const image = resvg.render();
  return { png: encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height, scale: fit };
}
