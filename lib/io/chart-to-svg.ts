import { layoutTree } from "../layout/layout-tree";
import type { Chart, NodeKind, OrgNode, Position } from "../org/types";
import type { Severity } from "../rules/catalog";

/** The canvas's card sizes (components/canvas/node-size.ts), so a picture looks like the editor. */
export const CARD_SIZE: Record<NodeKind, { width: number; height: number }> = {
  role: { width: 240, height: 104 },
  department: { width: 240, height: 72 },
};
const MARGIN = 40;
export const SVG_FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif";

export interface SvgOptions {
  /** Marks the cards that findings name, with the worst severity. */
  flagged?: ReadonlyMap<string, Severity>;
  /** Only this rectangle of the canvas (the current view); default: the whole chart. */
  view?: { x: number; y: number; width: number; height: number };
  /** Alternative text for the picture. */
  title?: string;
  /** How labels are written, possibly chosen by the drawing's size; default SVG text (selectable, small). */
  labels?: LabelWriter | ((size: { width: number; height: number }) => LabelWriter);
}

export interface LabelStyle {
  size: number;
  bold?: boolean;
  fill: string;
  anchor?: "middle";
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
    const length = Math.min([...text].length * style.size * 0.6, CARD_SIZE.role.width - 2 * x);
    const left = style.anchor === "middle" ? x - length / 2 : x;
    return `<rect x="${round(left)}" y="${round(y - style.size * 0.7)}" width="${round(length)}" height="${round(style.size * 0.7)}" fill="${style.fill}" opacity="0.45"/>`;
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
 * Where every card goes: the stored positions when every card has one, otherwise the automatic
 * layout of the whole chart with nothing folded, so the picture always shows every node.
 */
export function drawingPositions(chart: Pick<Chart, "nodes" | "edges">): Map<string, Position> {
  if (chart.nodes.every((node) => node.position !== null)) return new Map(chart.nodes.map((node) => [node.id, node.position as Position]));
  return layoutTree(chart, { isCollapsed: () => false });
}

/**
 * The chart as a standalone SVG drawn from positions: rectangles, lines and text only (resvg
 * ignores foreignObject), every label escaped so a title cannot inject markup.
 */
export function chartToSvg(chart: Pick<Chart, "name" | "nodes" | "edges">, options: SvgOptions = {}): ChartDrawing {
  const positions = drawingPositions(chart);
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  let { x: minX, y: minY, width, height } = options.view ?? bounds(chart.nodes, positions);
  if (!options.view) {
    minX -= MARGIN;
    minY -= MARGIN;
    width += 2 * MARGIN;
    height += 2 * MARGIN;
  }
  const inView = (node: OrgNode) => {
    const at = positions.get(node.id);
    if (!at) return false;
    const size = CARD_SIZE[node.kind];
    return at.x + size.width >= minX && at.x <= minX + width && at.y + size.height >= minY && at.y <= minY + height;
  };
  const nodes = options.view ? chart.nodes.filter(inView) : chart.nodes;
  const shown = new Set(nodes.map((node) => node.id));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(minX)} ${round(minY)} ${round(width)} ${round(height)}" font-family="${SVG_FONT_FAMILY}">`,
    `<title>${escapeXml(options.title ?? chart.name)}</title>`,
    `<rect x="${round(minX)}" y="${round(minY)}" width="${round(width)}" height="${round(height)}" fill="#ffffff"/>`,
    `<g fill="none" stroke="#64748b" stroke-width="1.5">`,
  );
  for (const edge of chart.edges) {
    if (!shown.has(edge.source) && !shown.has(edge.target)) continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    const from = positions.get(edge.source);
    const to = positions.get(edge.target);
    if (!source || !target || !from || !to) continue;
    const sx = from.x + CARD_SIZE[source.kind].width / 2;
    const sy = from.y + CARD_SIZE[source.kind].height;
    const tx = to.x + CARD_SIZE[target.kind].width / 2;
    const ty = to.y;
    if (edge.kind === "dotted") {
      out.push(`<path d="M${round(sx)} ${round(sy)}L${round(tx)} ${round(ty)}" stroke="#a855f7" stroke-dasharray="6 5"/>`);
    } else {
      const midY = ty > sy ? sy + (ty - sy) / 2 : sy + 20;
      out.push(`<path d="M${round(sx)} ${round(sy)}V${round(midY)}H${round(tx)}V${round(ty)}"/>`);
    }
  }
  out.push(`</g>`);
  const labels = typeof options.labels === "function" ? options.labels({ width, height }) : (options.labels ?? svgText);
  for (const node of nodes) {
    const at = positions.get(node.id);
    if (at) out.push(card(node, at, options.flagged?.get(node.id), labels));
  }
  // Definitions go first: resvg resolves references to later elements very slowly.
  out.splice(1, 0, labels.defs());
  out.push(`</svg>`);
  return { svg: out.join("\n"), x: minX, y: minY, width: Math.ceil(width), height: Math.ceil(height), cards: nodes.length };
}

function card(node: OrgNode, at: Position, flag: Severity | undefined, labels: LabelWriter): string {
  const { width, height } = CARD_SIZE[node.kind];
  const department = node.kind === "department";
  const stroke = flag === "warning" ? "#dc2626" : flag === "info" ? "#2563eb" : department ? "#0f766e" : "#94a3b8";
  const parts = [
    `<g transform="translate(${round(at.x)} ${round(at.y)})">`,
    `<rect width="${width}" height="${height}" rx="10" fill="${department ? "#ecfdf5" : "#ffffff"}" stroke="${stroke}" stroke-width="${flag ? 4 : 1.5}"/>`,
  ];
  const lines: (LabelStyle & { text: string })[] = [];
  for (const line of wrap(node.title, 26, 2)) lines.push({ text: line, size: 14, bold: true, fill: "#0f172a" });
  if (!department && node.person) lines.push({ text: clip(node.person, 30), size: 13, fill: "#334155" });
  if (!department && node.role) lines.push({ text: clip(node.role, 30), size: 12, fill: "#64748b" });
  let y = department ? 30 : 26;
  for (const line of lines.slice(0, 4)) {
    parts.push(labels.line(line.text, 14, y, line));
    y += line.size + 6;
  }
  if (flag) {
    parts.push(
      `<circle cx="${width - 16}" cy="16" r="10" fill="${flag === "warning" ? "#dc2626" : "#2563eb"}"/>`,
      labels.line("!", width - 16, 21, { size: 14, bold: true, fill: "#ffffff", anchor: "middle" }),
    );
  }
  parts.push(`</g>`);
  return parts.join("");
}

function bounds(nodes: readonly OrgNode[], positions: ReadonlyMap<string, Position>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
    const at = positions.get(node.id);
    if (!at) continue;
    minX = Math.min(minX, at.x);
    minY = Math.min(minY, at.y);
    maxX = Math.max(maxX, at.x + CARD_SIZE[node.kind].width);
    maxY = Math.max(maxY, at.y + CARD_SIZE[node.kind].height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 320, height: 160 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
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

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("")}…`;
}

/** Word-wraps into at most `lines` lines of about `width` characters, the last one clipped. */
function wrap(text: string, width: number, lines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    if (current === "") current = word;
    else if ([...current].length + 1 + [...word].length <= width) current += ` ${word}`;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current !== "") out.push(current);
  if (out.length <= lines) return out.map((line) => clip(line, width));
  return [...out.slice(0, lines - 1).map((line) => clip(line, width)), clip(out.slice(lines - 1).join(" "), width)];
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
