import type { Chart, Position } from "../org/types";
import { DEFAULT_LAYOUT, layoutTree, type LayoutOptions } from "./layout-tree";

/**
 * How much wider than tall a drawing may be before the tidy tree stops being readable on a
 * screen (a 16:9 screen is 1.8): past this, managers' rows of reports run off into a ribbon.
 */
export const MAX_TIDY_ASPECT = 3.5;

/**
 * The layout a person would pick for a chart that has none yet: the tidy tree when it fits a
 * screen's shape, the compact one (leaves stacked under their manager) when the organisation is
 * so wide that the tidy tree would be a ribbon, e.g. 300 people with 25 reports per manager.
 */
export function chooseLayout(chart: Pick<Chart, "nodes" | "edges">, options: Omit<LayoutOptions, "compact"> = {}): { compact: boolean; positions: Map<string, Position> } {
  const tidy = layoutTree(chart, options);
  if (aspect(tidy, options) <= MAX_TIDY_ASPECT) return { compact: false, positions: tidy };
  const compact = layoutTree(chart, { ...options, compact: true });
  return aspect(compact, options) < aspect(tidy, options) ? { compact: true, positions: compact } : { compact: false, positions: tidy };
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
