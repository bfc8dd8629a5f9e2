"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { getNodesBounds, getViewportForBounds, useStoreApi, type ReactFlowInstance } from "@xyflow/react";
import { MIN_ZOOM } from "./chart-canvas";
import type { CardNode, LineEdge } from "./flow-types";

/** Cards to fit: null = the whole chart. */
type FitTarget = ReadonlySet<string> | null;

/**
 * Asks for a fit. Fitting must wait for the render that has the new positions (a layout, an
 * unfold, the canvas coming back from the matrix), so a request is remembered here and carried
 * out by useFitView's effect. Split in two because the layout that requests fits runs
 * before the flow elements it is fitted to exist.
 */
export function useFitRequests() {
  const pendingFit = useRef<{ ids: FitTarget } | null>(null);
  const [fitRequests, setFitRequests] = useState(0);
  const requestFit = useCallback((ids: FitTarget = null) => {
    pendingFit.current = { ids };
    setFitRequests((n) => n + 1);
  }, []);
  /** The fit asked for since the last one was carried out, if any; each request is carried out once. */
  const takePendingFit = useCallback(() => {
    const pending = pendingFit.current;
    pendingFit.current = null;
    return pending;
  }, []);
  return { requestFit, takePendingFit, fitRequests };
}

/**
 * Fits cards in view: on request (see useFitRequests), from the toolbar, and when the canvas opens.
 * Computed from the flow elements rather than React Flow's store, which holds no cards while the
 * overview canvas is shown.
 */
export function useFitView(
  flow: ReactFlowInstance<CardNode, LineEdge>,
  nodes: CardNode[],
  takePendingFit: () => { ids: FitTarget } | null,
  fitRequests: number,
) {
  const store = useStoreApi<CardNode, LineEdge>();

  const fitNodes = useCallback(
    (ids: FitTarget, duration: number) => {
      const shown = ids === null ? nodes : nodes.filter((n) => ids.has(n.id));
      if (shown.length === 0) return;
      const { width, height, domNode } = store.getState();
      // Cards are fitted above what covers the bottom of the canvas (the presented finding, large).
      const visibleHeight = Math.max(height - coveredBelow(domNode), height * 0.35);
      // A whole chart is shown at most at zoom 1; a finding's few cards a little closer.
      const viewport = getViewportForBounds(getNodesBounds(shown), width, visibleHeight, MIN_ZOOM, ids === null ? 1 : 1.1, ids === null ? 0.1 : 0.5);
      void flow.setViewport(viewport, { duration });
    },
    [nodes, flow, store],
  );
  const fit = useCallback(() => fitNodes(null, 250), [fitNodes]);
  const fitOnOpen = useCallback(() => fitNodes(null, 0), [fitNodes]);

  useEffect(() => {
    const pending = takePendingFit();
    if (pending === null) return;
    fitNodes(pending.ids, 250);
  }, [fitRequests, fitNodes, takePendingFit]);

  return { fit, fitOnOpen };
}

/** How much of the canvas's bottom is hidden by an overlay marked `data-covers-canvas`. */
function coveredBelow(canvas: HTMLElement | null): number {
  const box = canvas?.closest(".oc-canvas-box");
  if (canvas == null || box == null) return 0;
  const bottom = canvas.getBoundingClientRect().bottom;
  let covered = 0;
  for (const overlay of box.querySelectorAll<HTMLElement>("[data-covers-canvas]")) covered = Math.max(covered, bottom - overlay.getBoundingClientRect().top);
  return Math.max(0, covered);
}
