import { chartScene, labelBar, type LabelStyle, type SceneCard, type SceneOptions } from "./chart-scene";
import type { Chart } from "../org/types";

export const SVG_FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif";

export interface SvgOptions extends SceneOptions {
  /** Alternative text for the picture. */
  title?: string;
  /** How labels are written, possibly chosen by the drawing's size; default SVG text (selectable, small). */
  labels?: LabelWriter | ((size: { width: number; height: number }) => LabelWriter);
}

/** Writes one line of a card's label at (x, y), its baseline's start (or middle), inside the card. */
export interface LabelWriter {
  line(text: string, x: number, y: number, style: LabelStyle): string;
  /** What the lines refer to (e.g. glyph outlines), once per drawing. */
  defs(): string;
}

/**
 * Lines as grey bars of about their length: an overview whose letters would be a few pixels high
 * shows where the text is without paying for thousands of unreadable glyphs.
 */
export const labelBars: LabelWriter = {
  line: (text, x, y, style) => {
    const bar = labelBar({ ...style, text, x, y });
    return `<rect x="${round(bar.x)}" y="${round(bar.y)}" width="${round(bar.width)}" height="${round(bar.height)}" fill="${style.fill}" opacity="0.45"/>`;
  },
  defs: () => "",
};

const svgText: LabelWriter = {
  line: (text, x, y, style) =>
    `<text x="${x}" y="${y}" font-size="${style.size}"${style.bold ? ` font-weight="bold"` : ""} fill="${style.fill}"${style.anchor ? ` text-anchor="${style.anchor}"` : ""}>${escapeXml(text)}</text>`,
  defs: () => "",
};

export interface ChartDrawing {
  svg: string;
  /** The drawing's top-left corner on the canvas. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** How many cards it shows (none: a tile of empty canvas). */
  cards: number;
}

/**
 * The chart as a standalone SVG drawn from positions: rectangles, lines and text only (resvg
 * ignores foreignObject), every label escaped so a title cannot inject markup.
 */
export function chartToSvg(chart: Pick<Chart, "name" | "nodes" | "edges">, options: SvgOptions = {}): ChartDrawing {
  const scene = chartScene(chart, options);
  const { x, y, width, height } = scene;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(x)} ${round(y)} ${round(width)} ${round(height)}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(options.title ?? chart.name)}</title>`,
    `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>`,
    `<g fill="none" stroke="#64748b" stroke-width="1.5">`,
  );
  for (const edge of scene.edges) {
    const d = edge.points.map(([px, py], i) => `${i === 0 ? "M" : "L"}${round(px)} ${round(py)}`).join("");
    out.push(edge.dotted ? `<path d="${d}" stroke="#a855f7" stroke-dasharray="6 5"/>` : `<path d="${d}"/>`);
  }
  out.push(`</g>`);
  const labels = typeof options.labels === "function" ? options.labels({ width, height }) : (options.labels ?? svgText);
  for (const card of scene.cards) out.push(cardSvg(card, labels));
  // Definitions go first: resvg resolves references to later elements very slowly.
  out.splice(1, 0, labels.defs());
  out.push(`</svg>`);
  return { svg: out.join("\n"), x, y, width: Math.ceil(width), height: Math.ceil(height), cards: scene.cards.length };
}

function cardSvg(card: SceneCard, labels: LabelWriter): string {
  const parts = [
    `<g transform="translate(${round(card.x)} ${round(card.y)})">`,
    `<rect width="${card.width}" height="${card.height}" rx="10" fill="${card.fill}" stroke="${card.stroke}" stroke-width="${card.strokeWidth}"/>`,
  ];
  if (card.badge) parts.push(`<circle cx="${card.badge.cx}" cy="${card.badge.cy}" r="${card.badge.r}" fill="${card.badge.fill}"/>`);
  for (const line of card.lines) parts.push(labels.line(line.text, line.x, line.y, line));
  parts.push(`</g>`);
  return parts.join("");
}

/** XML text and attribute values; characters XML 1.0 forbids become spaces. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- the point is to remove control characters XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, " ")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
  );
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
