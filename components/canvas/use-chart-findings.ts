"use client";

import { useMemo } from "react";
import type { Chart } from "@/lib/org/types";
import type { Locale } from "@/lib/i18n/locales";
import { analyzeChart, judgeFindings, type Acknowledgement, type Finding, type JudgedFinding } from "@/lib/rules";
import type { FindingBadge } from "./flow-types";
import { useSemanticChart } from "./use-semantic-chart";

/**
 * The rules' findings for the chart, recomputed in the same render as the edit that changed the
 * meaning of the chart, and never for moves or folds; each paired with the team's acknowledgement
 * if one still matches. Plus, per node, its badge, counting only open findings.
 */
export function useChartFindings(
  chart: Chart,
  locale: Locale,
  acknowledgements: readonly Acknowledgement[] = [],
): { findings: Finding[]; judged: JudgedFinding[]; open: Finding[]; badges: ReadonlyMap<string, FindingBadge> } {
  const semantic = useSemanticChart(chart);
  const findings = useMemo(() => analyzeChart(semantic, { lang: locale }), [semantic, locale]);
  const judged = useMemo(() => judgeFindings(findings, acknowledgements), [findings, acknowledgements]);
  const open = useMemo(() => judged.filter((entry) => entry.acknowledgement === null).map((entry) => entry.finding), [judged]);
  const badges = useMemo(() => {
    const map = new Map<string, FindingBadge>();
    for (const finding of open) {
      for (const id of new Set(finding.nodes)) {
        const badge = map.get(id);
        if (badge === undefined) map.set(id, { count: 1, worst: finding.severity });
        else map.set(id, { count: badge.count + 1, worst: badge.worst === "warning" || finding.severity === "warning" ? "warning" : "info" });
      }
    }
    return map;
  }, [open]);
  return { findings, judged, open, badges };
}
