import { layoutTree } from "../layout/layout-tree";
import type { Chart, NodeKind, OrgNode, Position } from "../org/types";
import type { Severity } from "../rules/catalog";

/** The canvas's card sizes (components/canvas/node-size.ts), so a picture looks like the editor. */
export const CARD_SIZE: Record<NodeKind, { width: number; height: number }> = {
  role: { width: 240, height: 104 },
  department: { width: 240, height: 72 },
};
const MARGIN = 40;

export interface SceneOptions {
  /** Marks the cards that findings name, with the worst severity. */
  flagged?: ReadonlyMap<string, Severity>;
  /** Only this rectangle of the canvas (the current view, a page's tile); default: the whole chart. */
  view?: { x: number; y: number; width: number; height: number };
}

export interface LabelStyle {
  size: number;
  bold?: boolean;
  fill: string;
  anchor?: "middle";
}

/** One line of a card's label: (x, y) is its baseline's start (or middle), relative to the card. */
export type LabelLine = LabelStyle & { text: string; x: number; y: number };

/**
 * Where a line's grey bar goes in an overview too small for letters: about the text's length,
 * within the card, over its x-height.
 */
export function labelBar(line: LabelLine): { x: number; y: number; width: number; height: number } {
  const width = Math.min([...line.text].length * line.size * 0.6, CARD_SIZE.role.width - 2 * line.x);
  return { x: line.anchor === "middle" ? line.x - width / 2 : line.x, y: line.y - line.size * 0.7, width, height: line.size * 0.7 };
}

export interface SceneCard {
  node: OrgNode;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  lines: LabelLine[];
  /** The flag's badge (a circle with "!"), top right, when findings name the card. */
  badge: { cx: number; cy: number; r: number; fill: string } | null;
  /** A reference to a card drawn elsewhere (a paged chart's "continues on page 14"), not a card of its own. */
  dashed?: boolean;
}

export interface SceneEdge {
  /** Canvas points of the line: an elbow for reporting lines, straight for dotted ones. */
  points: [number, number][];
  dotted: boolean;
}

/** What a picture of the chart shows, in canvas coordinates: the SVG and the PDF report draw it. */
export interface ChartScene {
  x: number;
  y: number;
  width: number;
  height: number;
  edges: SceneEdge[];
  cards: SceneCard[];
}

/**
 * Where every card goes: the stored positions when every card has one, otherwise the automatic
 * layout of the whole chart with nothing folded, so the picture always shows every node.
 */
export function drawingPositions(chart: Pick<Chart, "nodes" | "edges">): Map<string, Position> {
  if (chart.nodes.every((node) => node.position !== null)) return new Map(chart.nodes.map((node) => [node.id, node.position as Position]));
  return layoutTree(chart, { isCollapsed: () => false });
}

/** The size of the whole chart's picture (every card, with a margin), in canvas pixels. */
export function pictureSize(chart: Pick<Chart, "nodes" | "edges">): { width: number; height: number } {
  const { width, height } = withMargin(bounds(chart.nodes, drawingPositions(chart)));
  return { width, height };
}

function withMargin(box: { x: number; y: number; width: number; height: number }) {
  return { x: box.x - MARGIN, y: box.y - MARGIN, width: box.width + 2 * MARGIN, height: box.height + 2 * MARGIN };
}

/** The whole chart with a margin, or the cards and lines that reach into `view`. */
export function chartScene(chart: Pick<Chart, "nodes" | "edges">, options: SceneOptions = {}): ChartScene {
  const positions = drawingPositions(chart);
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  const { x: minX, y: minY, width, height } = options.view ?? withMargin(bounds(chart.nodes, positions));
  const inView = (node: OrgNode) => {
    const at = positions.get(node.id);
    if (!at) return false;
    const size = CARD_SIZE[node.kind];
    return at.x + size.width >= minX && at.x <= minX + width && at.y + size.height >= minY && at.y <= minY + height;
  };
  const nodes = options.view ? chart.nodes.filter(inView) : chart.nodes;
  const shown = new Set(nodes.map((node) => node.id));

  const edges: SceneEdge[] = [];
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
    if (edge.kind === "dotted") edges.push({ dotted: true, points: [[sx, sy], [tx, ty]] });
    else {
      const midY = ty > sy ? sy + (ty - sy) / 2 : sy + 20;
      edges.push({ dotted: false, points: [[sx, sy], [sx, midY], [tx, midY], [tx, ty]] });
    }
  }
  const cards: SceneCard[] = [];
  for (const node of nodes) {
    const at = positions.get(node.id);
    if (at) cards.push(sceneCard(node, at, options.flagged?.get(node.id)));
  }
  return { x: minX, y: minY, width, height, edges, cards };
}

/** A card at `at` (its top-left corner): its box, its label's lines, and its flag when findings name it. */
export function sceneCard(node: OrgNode, at: Position, flag: Severity | undefined): SceneCard {
  const { width, height } = CARD_SIZE[node.kind];
  const department = node.kind === "department";
  const lines: LabelLine[] = [];
  let y = department ? 30 : 26;
  const add = (text: string, style: LabelStyle) => {
    if (lines.length >= 4) return;
    lines.push({ ...style, text, x: 14, y });
    y += style.size + 6;
  };
  for (const line of wrap(node.title, 26, 2)) add(line, { size: 14, bold: true, fill: "#0f172a" });
  if (!department && node.person) add(clip(node.person, 30), { size: 13, fill: "#334155" });
  if (!department && node.role) add(clip(node.role, 30), { size: 12, fill: "#64748b" });
  const badgeFill = flag === "warning" ? "#dc2626" : "#2563eb";
  if (flag) lines.push({ text: "!", x: width - 16, y: 21, size: 14, bold: true, fill: "#ffffff", anchor: "middle" });
  return {
    node,
    x: at.x,
    y: at.y,
    width,
    height,
    fill: department ? "#ecfdf5" : "#ffffff",
    stroke: flag ? badgeFill : department ? "#0f766e" : "#94a3b8",
    strokeWidth: flag ? 4 : 1.5,
    lines,
    badge: flag ? { cx: width - 16, cy: 16, r: 10, fill: badgeFill } : null,
  };
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
