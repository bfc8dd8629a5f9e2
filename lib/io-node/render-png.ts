import { Resvg } from "@resvg/resvg-js";
import { chartToSvg, labelBars, type SvgOptions } from "../io/chart-to-svg";
import { MIN_PNG_LABEL_SCALE, pngScale } from "../io/png-scale";
import type { Chart } from "../org/types";
import { encodePng } from "./encode-png";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";
import { glyphLabels } from "./glyph-labels";

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
  scale: number;
  /** How many cards it shows. */
  cards: number;
}

/**
 * The chart (or the `view` part of it) as a PNG: drawn from positions, labels as shared glyph
 * outlines, or as grey bars when the picture had to be scaled down so far that no letter could
 * be read (a big chart's overview; the current view and the paged PDF are readable).
 */
export function renderChartPng(chart: Pick<Chart, "name" | "nodes" | "edges">, options: Omit<SvgOptions, "labels"> = {}, scale = 1): RenderedPng {
  const labels = (size: { width: number; height: number }) => (pngScale(size.width, size.height, scale) >= MIN_PNG_LABEL_SCALE ? glyphLabels() : labelBars);
  const drawing = chartToSvg(chart, { ...options, labels });
  return { ...renderPng(drawing.svg, drawing.width, drawing.height, scale), cards: drawing.cards };
}

/** SVG → PNG with resvg and the shipped font only: no system fonts, no network. */
function renderPng(svg: string, width: number, height: number, scale: number): Omit<RenderedPng, "cards"> {
  const fit = pngScale(width, height, scale);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_REGULAR, FONT_BOLD], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: Math.max(1, Math.floor(width * fit)) },
    background: "#ffffff",
  });
  const image = resvg.render();
  return { png: encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height, scale: fit };
}
