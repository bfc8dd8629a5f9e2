import { hierarchy, tree, type HierarchyPointNode } from "d3-hierarchy";
import { indexChart } from "../org/chart-index";
import type { Chart, OrgNode, Position } from "../org/types";

export interface LayoutOptions {
  nodeWidth?: number;
  nodeHeight?: number;
  /** Horizontal space between siblings. */
  siblingGap?: number;
  /** Horizontal space between neighbouring subtrees of different managers. */
  subtreeGap?: number;
  /** Horizontal space between separate trees of the forest. */
  rootGap?: number;
  /** Vertical space between levels. */
  levelGap?: number;
  /** Stack a manager's leaf reports in columns instead of one wide row. */
  compact?: boolean;
  /** Columns of stacked leaves in compact mode. */
  compactColumns?: number;
  /** Horizontal space between stacked columns (room for the connecting line). */
  columnGap?: number;
  /** Vertical space between stacked leaves. */
  stackGap?: number;
  /**
   * Compact mode also stacks reports whose own subtrees are at most this many levels deep, as
   * indented lists (0: leaves only). Very broad organisations need it to fit a screen's shape.
   */
  hangDepth?: number;
  /** How far a stacked report's own reports are indented. */
  hangIndent?: number;
  /** Which nodes hide their subtree; defaults to the stored flag. */
  isCollapsed?: (node: OrgNode) => boolean;
}

export const DEFAULT_LAYOUT = {
  nodeWidth: 240,
  nodeHeight: 96,
  siblingGap: 32,
  subtreeGap: 64,
  rootGap: 120,
  levelGap: 80,
  compact: false,
  compactColumns: 2,
  columnGap: 48,
  stackGap: 16,
  hangDepth: 0,
  hangIndent: 40,
} as const;

/**
 * What d3 lays out: a real node, a row of a stack of leaves (compact mode), or the virtual root
 * that joins the forest. A stack of r rows is a chain of r row items, so it reserves its width
 * at every level it reaches down to and nothing can be placed inside it.
 */
interface Item {
  /** The real node, or null for a stack row or the virtual root. */
  id: string | null;
  width: number;
  children: Item[];
  /** On the first row of a stack: where each stacked node goes, relative to the stack's corner. */
  stack?: { id: string; dx: number; dy: number }[];
}

/**
 * Tidy top-down layout (Reingold–Tilford, via d3-hierarchy) over reports-to lines: each manager
 * centred over its reports, trees of the forest side by side, collapsed subtrees taking no space.
 * Returns the top-left corner of every visible node (React Flow's convention), the whole drawing
 * starting at (0, 0). Hidden nodes get no position, so they keep the one they have.
 */
export function layoutTree(chart: Pick<Chart, "nodes" | "edges">, options: LayoutOptions = {}): Map<string, Position> {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const isCollapsed = options.isCollapsed ?? ((node: OrgNode) => node.collapsed);
  const index = indexChart(chart);
  const columns = Math.max(1, Math.floor(o.compactColumns));

  const visibleReports = (id: string): readonly string[] => {
    const node = index.nodeById.get(id);
    return node !== undefined && isCollapsed(node) ? [] : (index.reportsOf.get(id) ?? []);
  };
  const levelsBelow = subtreeDepths(visibleReports);
  const hangs = (id: string) => o.compact && levelsBelow(id) <= o.hangDepth;

  // Built top-down with an explicit stack: org charts can be deep enough to overflow recursion.
  const root: Item = { id: null, width: 0, children: [] };
  const pending: Item[] = [];
  const attach = (parent: Item, id: string) => {
    const item: Item = { id, width: o.nodeWidth, children: [] };
    parent.children.push(item);
    pending.push(item);
  };
  for (const id of index.roots) attach(root, id);
  while (pending.length > 0) {
    const item = pending.pop() as Item;
    const reports = visibleReports(item.id as string);
    const hanging = reports.filter(hangs);
    const stackable = hanging.length >= 2 || hanging.some((r) => visibleReports(r).length > 0);
    let stacked = false;
    for (const report of reports) {
      if (!stackable || !hangs(report)) attach(item, report);
      else if (!stacked) {
        // The stack takes the place of the first stacked report, keeping the author's order roughly intact.
        item.children.push(stackOf(hanging.map((r) => indentedList(r, visibleReports)), columns, o));
        stacked = true;
      }
    }
  }

  const pitch = o.nodeHeight + o.levelGap;
  const laidOut = tree<Item>()
    .nodeSize([1, pitch])
    .separation((a, b) => {
      const gap = a.parent !== b.parent ? o.subtreeGap : a.depth === 1 ? o.rootGap : o.siblingGap;
      return (a.data.width + b.data.width) / 2 + gap;
    })(hierarchy(root, (item) => item.children));

  const positions = new Map<string, Position>();
  let minX = Infinity;
  laidOut.each((point: HierarchyPointNode<Item>) => {
    if (point.depth === 0) return;
    const item = point.data;
    const left = point.x - item.width / 2;
    const top = (point.depth - 1) * pitch;
    if (item.id !== null) {
      positions.set(item.id, { x: left, y: top });
      minX = Math.min(minX, left);
    } else if (item.stack !== undefined) {
      for (const { id, dx, dy } of item.stack) positions.set(id, { x: left + dx, y: top + dy });
      minX = Math.min(minX, left);
    }
  });
  if (minX !== 0 && Number.isFinite(minX)) for (const p of positions.values()) p.x -= minX;
  return positions;
}

/** How many levels of visible reports lie below each node (0 for a leaf), computed once, without recursion. */
function subtreeDepths(visibleReports: (id: string) => readonly string[]): (id: string) => number {
  const depth = new Map<string, number>();
  return (start) => {
    const pending: [string, boolean][] = [[start, false]];
    while (pending.length > 0) {
      const [id, expanded] = pending.pop() as [string, boolean];
      if (depth.has(id)) continue;
      const reports = visibleReports(id);
      if (expanded) depth.set(id, reports.reduce((deepest, r) => Math.max(deepest, 1 + (depth.get(r) ?? 0)), 0));
      else {
        pending.push([id, true]);
        for (const r of reports) if (!depth.has(r)) pending.push([r, false]);
      }
    }
    return depth.get(start) ?? 0;
  };
}

/** A report and everything below it, top to bottom, each with its level below the report. */
function indentedList(root: string, visibleReports: (id: string) => readonly string[]): { id: string; level: number }[] {
  const out: { id: string; level: number }[] = [];
  const pending = [{ id: root, level: 0 }];
  while (pending.length > 0) {
    const entry = pending.pop() as { id: string; level: number };
    out.push(entry);
    const reports = visibleReports(entry.id);
    for (let k = reports.length - 1; k >= 0; k--) pending.push({ id: reports[k] as string, level: entry.level + 1 });
  }
  return out;
}

/**
 * Stacked reports in up to `maxColumns` columns of about equal length, each report's own
 * reports indented below it and kept in its column. A stack of r rows is a chain of items, one
 * per level it reaches into, so that nothing else is placed inside it.
 */
function stackOf(lists: { id: string; level: number }[][], maxColumns: number, o: Required<Omit<LayoutOptions, "isCollapsed">>): Item {
  const total = lists.reduce((sum, list) => sum + list.length, 0);
  // A stack of hung subtrees can be long (a director's whole department): it takes about as many
  // columns as make it square, so that it does not become a tower.
  const square = Math.ceil(Math.sqrt((total * (o.nodeHeight + o.stackGap)) / (o.nodeWidth + o.columnGap)));
  const wanted = lists.some((list) => list.length > 1) ? Math.max(maxColumns, square) : maxColumns;
  const perColumn = Math.ceil(total / Math.min(wanted, total));
  const columns: { id: string; level: number }[][] = [[]];
  for (const list of lists) {
    let column = columns[columns.length - 1] as { id: string; level: number }[];
    if (column.length > 0 && column.length + list.length > perColumn && columns.length < wanted) {
      column = [];
      columns.push(column);
    }
    column.push(...list);
  }
  const placed: { id: string; dx: number; dy: number }[] = [];
  let x = 0;
  for (const column of columns) {
    let deepest = 0;
    column.forEach(({ id, level }, row) => {
      placed.push({ id, dx: x + level * o.hangIndent, dy: row * (o.nodeHeight + o.stackGap) });
      deepest = Math.max(deepest, level);
    });
    x += o.nodeWidth + deepest * o.hangIndent + o.columnGap;
  }
  const width = x - o.columnGap;
  const rows = Math.max(...columns.map((column) => column.length));
  // Stacked rows are closer than levels, so the stack reserves only the levels it reaches into,
  // plus a level gap below it.
  const height = rows * (o.nodeHeight + o.stackGap) - o.stackGap;
  const levels = Math.max(1, Math.ceil((height + o.levelGap) / (o.nodeHeight + o.levelGap)));
  const first: Item = { id: null, width, children: [], stack: placed };
  let last = first;
  for (let level = 1; level < levels; level++) {
    const row: Item = { id: null, width, children: [] };
    last.children.push(row);
    last = row;
  }
  return first;
}
