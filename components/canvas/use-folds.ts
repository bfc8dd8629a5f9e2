"use client";

import { useCallback, useState } from "react";
import { indexChart } from "@/lib/org/chart-index";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { Chart, OrgNode } from "@/lib/org/types";

const NONE: ReadonlySet<string> = new Set();

/**
 * Which subtrees are folded. Editors fold for everyone (the flag is stored with the chart and
 * saved like any edit); viewers cannot save, so their folds are kept in the page only, as flips
 * of the stored flag.
 */
export function useFolds(chart: Chart, canEdit: boolean, edit: (ops: ChartOp[]) => unknown) {
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(NONE);
  const isCollapsed = useCallback((node: OrgNode) => node.collapsed !== flipped.has(node.id), [flipped]);

  const setCollapsed = useCallback(
    (ids: readonly string[], collapsed: boolean) => {
      const index = indexChart(chart);
      const changing = ids.filter((id) => {
        const node = index.nodeById.get(id);
        return node !== undefined && isCollapsed(node) !== collapsed;
      });
      if (changing.length === 0) return;
      if (canEdit) {
        edit(changing.map((id): ChartOp => ({ type: "updateNode", id, patch: { collapsed } })));
        return;
      }
      setFlipped((current) => {
        const next = new Set(current);
        for (const id of changing) {
          if (next.has(id)) next.delete(id);
          else next.add(id);
        }
        return next;
      });
    },
    [canEdit, chart, edit, isCollapsed],
  );

  return { isCollapsed, setCollapsed };
}
