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
  /** On the first row of a stack: the stacked leaf ids, column by column. */
  stack?: { ids: string[]; rows: number; columns: number };
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
    const leaves = o.compact ? reports.filter((r) => visibleReports(r).length === 0) : [];
    let stacked = false;
    for (const report of reports) {
      if (leaves.length < 2 || visibleReports(report).length > 0) attach(item, report);
      else if (!stacked) {
        // The stack takes the place of the first leaf, keeping the author's order roughly intact.
        item.children.push(stackOf(leaves, columns, o));
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
      const { ids, rows } = item.stack;
      ids.forEach((id, k) => {
        positions.set(id, {
          x: left + Math.floor(k / rows) * (o.nodeWidth + o.columnGap),
          y: top + (k % rows) * (o.nodeHeight + o.stackGap),
        });
      });
      minX = Math.min(minX, left);
    }
  });
  if (minX !== 0 && Number.isFinite(minX)) for (const p of positions.values()) p.x -= minX;
  return positions;
}

function stackOf(ids: string[], maxColumns: number, o: Required<Omit<LayoutOptions, "isCollapsed">>): Item {
  const columns = Math.min(maxColumns, ids.length);
  const rows = Math.ceil(ids.length / columns);
  const width = columns * o.nodeWidth + (columns - 1) * o.columnGap;
  // Stacked rows are closer than levels, so the stack reserves only the levels it reaches into,
  // plus a level gap below it.
  const height = rows * (o.nodeHeight + o.stackGap) - o.stackGap;
  const levels = Math.max(1, Math.ceil((height + o.levelGap) / (o.nodeHeight + o.levelGap)));
  const first: Item = { id: null, width, children: [], stack: { ids, rows, columns } };
  let last = first;
  for (let level = 1; level < levels; level++) {
    const row: Item = { id: null, width, children: [] };
    last.children.push(row);
    last = row;
  }
  return first;
}
