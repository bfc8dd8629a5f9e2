import type { Chart } from "../../org/types";
import { translator } from "../../i18n/translate";
import { DUTIES, type Lang } from "../catalog";
import { dutyName, nodeName, nodeNames } from "../messages";
import { indexChart } from "../../org/chart-index";
import type { FixLabel } from "./fix";

/** A fix's label in words, naming nodes as the findings do (title and person, never the id). */
export function describeFix(label: FixLabel, chart: Chart, lang: Lang): string {
  const { nodeById } = indexChart(chart);
  const params: Record<string, string> = {};
  if (label.duty !== undefined) params.duty = dutyName(label.duty, lang);
  if (label.counterpart !== undefined) params.counterpart = dutyName(label.counterpart, lang);
  if (label.owner !== undefined) params.owner = label.owner;
  else if (label.duty !== undefined) params.owner = DUTIES[label.duty].owner;
  if (label.role !== undefined) params.role = label.role;
  if (label.nodes !== undefined) params.nodes = nodeNames(label.nodes, nodeById, lang);
  if (label.target !== undefined) params.target = nodeName(nodeById.get(label.target), lang);
  return translator(lang)(label.key, params);
}
