import { Resvg } from "@resvg/resvg-js";
import { FONT_BOLD, FONT_REGULAR } from "./fonts";

/**
 * The largest picture we rasterise in one piece (RGBA: 4 bytes a pixel, under 100 MB; encoding it dominates the time). A
 * bigger drawing is scaled down to fit, and the SVG and the PDF report stay the readable form.
 */
export const MAX_PNG_PIXELS = 24_000_000;

/** SVG → PNG with resvg and the shipped font only: no system fonts, no network. */
export function renderPng(svg: string, width: number, height: number, scale = 1): { png: Buffer; width: number; height: number; scale: number } {
  const fit = Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height)));
  const resvg = new Resvg(svg, {
    font: { fontFiles: [FONT_REGULAR, FONT_BOLD], loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "width", value: Math.max(1, Math.floor(width * fit)) },
    background: "#ffffff",
    // Cards are axis-aligned rectangles and horizontal text: anti-aliasing the lines buys little.
    shapeRendering: 0,
  });
  const image = resvg.render();
  const png = image.asPng();
  return { png, width: image.width, height: image.height, scale: fit };
}
