"use client";

import { useCallback } from "react";
import type { ReactFlowInstance } from "@xyflow/react";
import { indexChart } from "@/lib/org/chart-index";
import type { Chart, OrgNode, Position } from "@/lib/org/types";
import type { Finding } from "@/lib/rules";
import type { EditorView } from "./editor-toolbar";
import type { CardNode, LineEdge } from "./flow-types";
import { NODE_SIZE } from "./node-size";

export interface RevealInputs {
  chart: Chart;
  flow: ReactFlowInstance<CardNode, LineEdge>;
  positionOf: (node: OrgNode) => Position;
  setCollapsed: (ids: readonly string[], collapsed: boolean) => void;
  select: (ids: readonly string[]) => void;
  highlight: (ids: readonly string[]) => void;
  requestFit: (ids?: ReadonlySet<string> | null) => void;
  setView: (view: EditorView) => void;
}

/**
 * Brings cards the user asked for into view, from wherever they are: folded away under a
 * manager, off screen, or behind the duty matrix.
 */
export function useRevealCards({ chart, flow, positionOf, setCollapsed, select, highlight, requestFit, setView }: RevealInputs) {
  /** Cards inside a collapsed subtree are not drawn: unfold the managers above them to show them. */
  const unfoldAncestors = useCallback(
    (ids: readonly string[]) => {
      const index = indexChart(chart);
      const above = new Set<string>();
      for (const id of ids) {
        for (let up = index.managerOf.get(id); up !== undefined; up = index.managerOf.get(up)) above.add(up);
      }
      setCollapsed([...above], false);
    },
    [chart, setCollapsed],
  );

  const centreOn = useCallback(
    (id: string) => {
      const node = indexChart(chart).nodeById.get(id);
      if (node === undefined) return;
      unfoldAncestors([id]);
      const p = positionOf(node);
      const { width, height } = NODE_SIZE[node.kind];
      void flow.setCenter(p.x + width / 2, p.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    },
    [chart, flow, positionOf, unfoldAncestors],
  );

  const showFinding = useCallback(
    (finding: Finding) => {
      setView("chart");
      select(finding.nodes);
      highlight(finding.nodes);
      unfoldAncestors(finding.nodes);
      // Fit after the render that shows them (the canvas may be coming back from the matrix).
      requestFit(new Set(finding.nodes));
    },
    [highlight, requestFit, select, setView, unfoldAncestors],
  );

  const showNode = useCallback(
    (id: string) => {
      setView("chart");
      select([id]);
      highlight([id]);
      // The canvas may only mount in this render: centre once React Flow has it.
      requestAnimationFrame(() => centreOn(id));
    },
    [centreOn, highlight, select, setView],
  );

  return { centreOn, showFinding, showNode };
}
