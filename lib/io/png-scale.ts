/**
 * The largest picture we rasterise in one piece (RGBA: 4 bytes a pixel, under 100 MB; encoding it
 * dominates the time). A bigger drawing is scaled down to fit.
 */
const MAX_PNG_PIXELS = 24_000_000;

/** Below this the card text (13–14 px on the canvas) would be under 5 px high: the picture is an overview. */
export const MIN_PNG_LABEL_SCALE = 0.38;

/** The scale a `width`×`height` drawing is rasterised at: `scale`, or less to stay within MAX_PNG_PIXELS. */
export function pngScale(width: number, height: number, scale = 1): number {
  return Math.min(scale, Math.sqrt(MAX_PNG_PIXELS / Math.max(1, width * height)));
}

/** Whether a whole-chart picture this size keeps its labels readable, or is an overview (then the paged PDF is the readable one). */
export function isPictureReadable(size: { width: number; height: number }): boolean {
  return pngScale(size.width, size.height) >= MIN_PNG_LABEL_SCALE;
}
