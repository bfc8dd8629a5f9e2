"use client";

import { useMemo } from "react";
import { changeTone, type ComparedChange } from "@/lib/org/compare-charts";
import type { Chart } from "@/lib/org/types";
import type { CardNode } from "./flow-types";

/**
 * The canvas's cards coloured by a comparison with a version: added in green, changed in amber
 * (a removed card is not on the canvas; ComparisonLayer draws its ghost). Without a comparison
 * the cards are passed through untouched.
 */
export function useComparedCards(nodes: CardNode[], comparison: { before: Chart; changes: readonly ComparedChange[] } | null) {
  return useMemo(() => {
    const removed = new Set<string>();
    if (comparison === null) return { nodes, removed };
    const tones = new Map<string, "added" | "changed">();
    for (const change of comparison.changes) {
      const tone = changeTone(change);
      const id = "node" in change ? change.node.id : change.target.id;
      if (change.type === "node-removed") removed.add(id);
      else if (tone === "added" && change.type === "node-added") tones.set(id, "added");
      else if (!tones.has(id)) tones.set(id, "changed");
    }
    const coloured = nodes.map((node) => {
      const tone = tones.get(node.id);
      return tone === undefined ? node : { ...node, className: `oc-diff-${tone}` };
    });
    return { nodes: coloured, removed };
  }, [nodes, comparison]);
}
