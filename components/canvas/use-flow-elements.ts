"use client";

import { useMemo, useState } from "react";
import { visibleSubgraph } from "@/lib/org/visible-subgraph";
import { FlowElementCache, type FlowInputs } from "./build-flow-elements";

/**
 * What the canvas draws: the cards and lines not folded away, as React Flow elements. The cache
 * lives as long as the workspace, so unchanged cards keep their objects across edits.
 */
export function useFlowElements({
  chart,
  isCollapsed,
  fallbackPositions,
  findings,
  comments,
  highlighted,
  selectedNodes,
  selectedEdges,
  dropTarget,
  canEdit,
}: Omit<FlowInputs, "visible">) {
  const visible = useMemo(() => visibleSubgraph(chart, isCollapsed), [chart, isCollapsed]);
  const [cache] = useState(() => new FlowElementCache());
  const elements = useMemo(
    () => cache.build({ chart, visible, isCollapsed, fallbackPositions, findings, comments, highlighted, selectedNodes, selectedEdges, dropTarget, canEdit }),
    [cache, chart, visible, isCollapsed, fallbackPositions, findings, comments, highlighted, selectedNodes, selectedEdges, dropTarget, canEdit],
  );
  return { visible, elements };
}
