import { applyOps, type OpError } from "../../org/apply-ops";
import type { ChartOp } from "../../org/chart-ops";
import type { Chart } from "../../org/types";
import { analyzeChart, type AnalyzeOptions } from "../analyze-chart";
import type { Finding } from "../finding";
import { findingKey } from "../finding-key";

export type FixPreview =
  | { ok: true; chart: Chart; disappear: Finding[]; appear: Finding[] }
  /** The chart refuses the ops (someone changed it since the fix was offered). */
  | { ok: false; error: OpError };

/**
 * What a fix would do before it is applied: the chart after it, and which findings disappear and
 * appear, found by analysing the chart again with the ops applied.
 */
export function previewFix(chart: Chart, ops: readonly ChartOp[], options: AnalyzeOptions = {}, before: readonly Finding[] = analyzeChart(chart, options)): FixPreview {
  const result = applyOps(chart, ops);
  if (!result.ok) return { ok: false, error: result.error };
  const after = analyzeChart(result.chart, options);
  const beforeKeys = new Set(before.map(findingKey));
  const afterKeys = new Set(after.map(findingKey));
  return {
    ok: true,
    chart: result.chart,
    disappear: before.filter((finding) => !afterKeys.has(findingKey(finding))),
    appear: after.filter((finding) => !beforeKeys.has(findingKey(finding))),
  };
}
