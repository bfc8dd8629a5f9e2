import type { Position } from "../org/types";
import { CARD_SIZE } from "./chart-scene";

/** Every entry is laid out in a slot the size of the tallest card, so what fits is known from counts alone. */
export const SLOT = { width: CARD_SIZE.role.width, height: CARD_SIZE.role.height };
const INDENT = 16;
const ROW_GAP = 6;
const COLUMN_GAP = 24;
/** Between the head's card and the first row, room for the line that joins them. */
const HEAD_GAP = 28;

export interface OutlineArea {
  /** In canvas pixels. */
  width: number;
  height: number;
}

export interface OutlineEntry {
  id: string;
  /** 0 for the head's reports (or the page's top cards), one more per level below. */
  level: number;
  /** The card's height (a department is shorter than its slot): lines meet it half way down. */
  height: number;
}

export interface Outline {
  /** Top-left corner of the head's card and of each entry's, the outline's top-left corner being (0, 0). */
  positions: Map<string, Position>;
  /** Reporting lines as polylines: the head to its reports, each entry from its manager above it. */
  lines: [number, number][][];
  width: number;
  height: number;
}

const rowsIn = (area: OutlineArea, headed: boolean) => Math.max(1, Math.floor((area.height - (headed ? SLOT.height + HEAD_GAP : 0) + ROW_GAP) / (SLOT.height + ROW_GAP)));
const columnWidth = (deepest: number, headed: boolean) => SLOT.width + INDENT * (deepest + (headed ? 1 : 0));
const columnsIn = (area: OutlineArea, deepest: number, headed: boolean) => Math.max(1, Math.floor((area.width + COLUMN_GAP) / (columnWidth(deepest, headed) + COLUMN_GAP)));

/** How many entries, at most `deepest` levels down, an outline fits in `area` (under a head card, or not). */
export function outlineCapacity(area: OutlineArea, deepest: number, headed: boolean): number {
  return rowsIn(area, headed) * columnsIn(area, deepest, headed);
}

/**
 * A branch as a printed outline: the head's card on top, the entries below it in reading order,
 * each indented under its manager, flowed down columns of equal length (as many as needed, at
 * most as many rows as `area` holds). Each entry hangs from its manager by a rail on its left;
 * one whose manager is in an earlier column hangs from the top of its own column, so a reader
 * sees it continues. Dense enough for about 40 cards on an A4 page at a 6 pt label size, where
 * the tidy tree's levels leave most of the page empty.
 */
export function layOutOutline(entries: readonly OutlineEntry[], head: { id: string; height: number } | null, area: OutlineArea): Outline {
  const headed = head !== null;
  const deepest = entries.reduce((most, entry) => Math.max(most, entry.level), 0);
  const rows = rowsIn(area, headed);
  const columns = Math.max(1, Math.ceil(entries.length / rows));
  const perColumn = Math.max(1, Math.ceil(entries.length / columns));
  const width = columns * (columnWidth(deepest, headed) + COLUMN_GAP) - COLUMN_GAP;
  const top = headed ? SLOT.height + HEAD_GAP : 0;
  const busY = top - HEAD_GAP / 2;
  const positions = new Map<string, Position>();
  const lines: [number, number][][] = [];
  const railX: number[] = [];

  if (head) {
    const at = { x: (width - SLOT.width) / 2, y: 0 };
    positions.set(head.id, at);
    if (entries.length > 0) lines.push([[at.x + SLOT.width / 2, head.height], [at.x + SLOT.width / 2, busY]]);
  }
  /** The latest entry at each level in this column: the manager of the next entry one level down. */
  let open: { x: number; bottom: number }[] = [];
  let height = headed ? head.height : 0;
  entries.forEach((entry, i) => {
    const column = Math.floor(i / perColumn);
    const row = i % perColumn;
    if (row === 0) open = [];
    const left = column * (columnWidth(deepest, headed) + COLUMN_GAP);
    const x = left + INDENT * (entry.level + (headed ? 1 : 0));
    const y = top + row * (SLOT.height + ROW_GAP);
    const middle = y + entry.height / 2;
    positions.set(entry.id, { x, y });
    height = Math.max(height, y + entry.height);
    const rail = x - INDENT / 2;
    if (entry.level === 0) {
      if (headed) {
        lines.push([[rail, busY], [rail, middle], [x, middle]]);
        railX.push(rail);
      }
    } else {
      const manager = open[entry.level - 1];
      lines.push([[rail, manager ? manager.bottom : top], [rail, middle], [x, middle]]);
    }
    open[entry.level] = { x, bottom: y + entry.height };
    open.length = entry.level + 1;
  });
  if (head && railX.length > 0) {
    const headX = (positions.get(head.id) as Position).x + SLOT.width / 2;
    lines.push([[Math.min(headX, ...railX), busY], [Math.max(headX, ...railX), busY]]);
  }
  return { positions, lines, width, height: Math.max(height, top) };
}
