import type { Chart, Position } from "../org/types";
import { DEFAULT_LAYOUT, layoutTree, type LayoutOptions } from "./layout-tree";

/**
 * How much wider than tall a drawing may be before the tidy tree stops being readable on a
 * screen (a 16:9 screen is 1.8): past this, managers' rows of reports run off into a ribbon.
 */
export const MAX_TIDY_ASPECT = 3.5;

/** The deepest subtrees the compact layout hangs as indented lists. */
const MAX_HANG_DEPTH = 3;
/** Past this, even the compact layout is a ribbon: then subtrees are hung as lists. */
const RIBBON_ASPECT = 2 * MAX_TIDY_ASPECT;
/** A screen's shape, which a drawing too wide for the tidy tree should come close to. */
const SCREEN_ASPECT = 1.8;

/**
 * The layout a person would pick for a chart that has none yet: the tidy tree when it fits a
 * screen's shape, otherwise the compact one (leaves stacked under their manager), e.g. 300 people
 * with 25 reports per manager. A very broad organisation (thousands of people, most managers near
 * the bottom) is still a ribbon then, so the compact layout also hangs the smallest subtrees as
 * indented lists, as little as brings it closest to a screen's shape; `hangDepth` says how deep.
 */
export function chooseLayout(
  chart: Pick<Chart, "nodes" | "edges">,
  options: Omit<LayoutOptions, "compact" | "hangDepth"> = {},
): { compact: boolean; hangDepth: number; positions: Map<string, Position> } {
  const tidy = layoutTree(chart, options);
  let best = { compact: false, hangDepth: 0, positions: tidy, aspect: aspect(tidy, options) };
  if (best.aspect <= MAX_TIDY_ASPECT) return { compact: false, hangDepth: 0, positions: tidy };
  const distance = (shape: number) => Math.abs(Math.log(shape / SCREEN_ASPECT));
  for (let hangDepth = 0; hangDepth <= MAX_HANG_DEPTH; hangDepth++) {
    const positions = layoutTree(chart, { ...options, compact: true, hangDepth });
    const shape = aspect(positions, options);
    // Stacked or hung only when that is clearly closer to a screen's shape.
    if (distance(shape) < distance(best.aspect) - 0.05) best = { compact: true, hangDepth, positions, aspect: shape };
    // Hanging deeper subtrees only makes the drawing taller; and a chart that stacking alone
    // brings near a screen's shape keeps its managers side by side.
    if (shape <= SCREEN_ASPECT || (hangDepth === 0 && shape <= RIBBON_ASPECT)) break;
  }
  return { compact: best.compact, hangDepth: best.hangDepth, positions: best.positions };
}

function aspect(positions: Map<string, Position>, options: LayoutOptions): number {
  if (positions.size === 0) return 0;
  const width = options.nodeWidth ?? DEFAULT_LAYOUT.nodeWidth;
  const height = options.nodeHeight ?? DEFAULT_LAYOUT.nodeHeight;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + width);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y + height);
  }
  return (maxX - minX) / (maxY - minY);
}
