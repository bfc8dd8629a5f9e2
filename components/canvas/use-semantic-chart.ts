"use client";

import { useState } from "react";
import type { Chart, OrgNode } from "@/lib/org/types";

/**
 * The chart as the rules see it: keeps returning the same object while only positions or
 * collapsed flags change. Analysis is memoised on this, so dragging and folding never re-run it.
 */
export function useSemanticChart(chart: Chart): Chart {
  const [stable, setStable] = useState(chart);
  if (stable === chart || sameMeaning(stable, chart)) return stable;
  // Adjusting state while rendering: React re-renders this component at once with the new value.
  setStable(chart);
  return chart;
}

function sameMeaning(a: Chart, b: Chart): boolean {
  return a.name === b.name && a.edges === b.edges && sameNodes(a.nodes, b.nodes);
}

function sameNodes(a: readonly OrgNode[], b: readonly OrgNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as OrgNode;
    const y = b[i] as OrgNode;
    if (x === y) continue;
    const same =
      x.id === y.id && x.title === y.title && x.person === y.person && x.role === y.role && x.kind === y.kind && x.responsibilities === y.responsibilities;
    if (!same) return false;
  }
  return true;
}
