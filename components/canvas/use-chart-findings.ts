"use client";

import { useMemo } from "react";
import type { Chart } from "@/lib/org/types";
import type { Locale } from "@/lib/i18n/locales";
import { analyzeChart, type Finding } from "@/lib/rules";
import type { FindingBadge } from "./flow-types";
import { useSemanticChart } from "./use-semantic-chart";

/**
 * The rules' findings for the chart, recomputed in the same render as the edit that changed the
 * meaning of the chart, and never for moves or folds. Plus, per node, its badge.
 */
export function useChartFindings(chart: Chart, locale: Locale): { findings: Finding[]; badges: ReadonlyMap<string, FindingBadge> } {
  const semantic = useSemanticChart(chart);
  const findings = useMemo(() => analyzeChart(semantic, { lang: locale }), [semantic, locale]);
  const badges = useMemo(() => {
    const map = new Map<string, FindingBadge>();
    for (const finding of findings) {
      for (const id of new Set(finding.nodes)) {
        const badge = map.get(id);
        if (badge === undefined) map.set(id, { count: 1, worst: finding.severity });
        else map.set(id, { count: badge.count + 1, worst: badge.worst === "warning" || finding.severity === "warning" ? "warning" : "info" });
      }
    }
    return map;
  }, [findings]);
  return { findings, badges };
}
