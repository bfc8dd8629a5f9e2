import { chooseLayout } from "../layout/choose-layout";
import type { Chart } from "../org/types";

/**
 * An imported chart opens laid out: when any card lacks a position (every CSV, a JSON without
 * positions) the whole chart gets the automatic layout the editor would pick; a JSON export that
 * carries every position keeps them.
 */
export function layOutImport(chart: Chart): Chart {
  if (chart.nodes.every((node) => node.position !== null)) return chart;
  const { positions } = chooseLayout(chart);
  const unfolded = positions.size < chart.nodes.length ? chooseLayout({ ...chart, nodes: chart.nodes.map((node) => ({ ...node, collapsed: false })) }).positions : positions;
  return { ...chart, nodes: chart.nodes.map((node) => ({ ...node, position: unfolded.get(node.id) ?? positions.get(node.id) ?? node.position })) };
}
