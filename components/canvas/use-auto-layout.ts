"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { Chart, Position } from "@/lib/org/types";
import { chooseLayout } from "@/lib/layout/choose-layout";
import { layoutTree } from "@/lib/layout/layout-tree";
import type { ChartSession } from "@/lib/sync/chart-session";
import { NODE_SIZE } from "./node-size";

const LAYOUT_SIZE = { nodeWidth: NODE_SIZE.role.width, nodeHeight: NODE_SIZE.role.height };
const NO_LAYOUT: { compact: boolean; positions: ReadonlyMap<string, Position> } = { compact: false, positions: new Map() };

/**
 * The tidy-tree layout, on demand (toolbar) and automatically for nodes that have no position
 * yet (an import): that first layout is compact when the organisation is too wide for a readable
 * tidy tree, and the toolbar's toggle shows which was chosen. Editors store the computed positions as one unrecorded edit, so the chart looks
 * the same after a reload; viewers cannot save, so they only see the computed positions.
 */
export function useAutoLayout(chart: Chart, session: ChartSession, canEdit: boolean, requestFit: () => void) {
  const unplaced = useMemo(() => chart.nodes.some((node) => node.position === null), [chart.nodes]);
  const automatic = useMemo(() => (unplaced ? chooseLayout(chart, LAYOUT_SIZE) : NO_LAYOUT), [unplaced, chart]);
  const fallbackPositions = automatic.positions;
  // Charts without positions arrive when a page opens (an import, the API): the toggle starts on
  // whichever layout was chosen for them.
  const [compact, setCompact] = useState(automatic.compact);

  useEffect(() => {
    if (!unplaced || !canEdit) return;
    const moves = chart.nodes.flatMap((node) => {
      const position = fallbackPositions.get(node.id);
      return node.position === null && position !== undefined ? [{ id: node.id, position }] : [];
    });
    if (moves.length > 0) session.apply([{ type: "moveNodes", moves }], { record: false });
    requestFit();
  }, [unplaced, canEdit, chart.nodes, fallbackPositions, session, requestFit]);

  const layoutAll = useCallback(
    (compactLayout: boolean) => {
      const positions = layoutTree(chart, { ...LAYOUT_SIZE, compact: compactLayout });
      const moves = chart.nodes.flatMap((node) => {
        const p = positions.get(node.id);
        return p !== undefined && (node.position === null || node.position.x !== p.x || node.position.y !== p.y) ? [{ id: node.id, position: p }] : [];
      });
      const ops: ChartOp[] = moves.length > 0 ? [{ type: "moveNodes", moves }] : [];
      session.apply(ops);
      requestFit();
    },
    [chart, session, requestFit],
  );

  return { compact, setCompact, fallbackPositions, layoutAll };
}
