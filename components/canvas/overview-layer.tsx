"use client";

import { useEffect, useRef } from "react";
import { useStoreApi, type ReactFlowState } from "@xyflow/react";
import type { CardNode, LineEdge } from "./flow-types";

const COLOURS = {
  role: "#98a2b3",
  CIO: "#1d4ed8",
  CTO: "#7c3aed",
  "CIO+CTO": "#0f766e",
  department: "#c4cad4",
  selected: "#2453d6",
  highlighted: "#f59e0b",
  line: "#667085",
} as const;

/**
 * The zoomed-out overview of a big chart, drawn on one <canvas> instead of thousands of DOM
 * cards and SVG paths: below OVERVIEW_ZOOM React Flow is given no elements and this layer paints
 * them, batched by colour, on every viewport change. Software rendering pans it at frame rate
 * where 10,000 DOM cards took hundreds of milliseconds per frame.
 */
export function OverviewLayer({ nodes, edges }: { nodes: readonly CardNode[]; edges: readonly LineEdge[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<CardNode, LineEdge>();

  useEffect(() => {
    const element = canvas.current;
    if (element === null) return;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    let frame = 0;
    const draw = () => {
      frame = 0;
      paint(element, store.getState(), nodes, edges, byId);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [nodes, edges, store]);

  return <canvas ref={canvas} className="oc-overview" data-testid="overview-layer" aria-hidden="true" />;
}

function paint(
  element: HTMLCanvasElement,
  state: ReactFlowState<CardNode, LineEdge>,
  nodes: readonly CardNode[],
  edges: readonly LineEdge[],
  byId: ReadonlyMap<string, CardNode>,
): void {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = state;
  if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
    element.width = Math.round(width * ratio);
    element.height = Math.round(height * ratio);
  }
  const context = element.getContext("2d");
  if (context === null) return;
  const [tx, ty, zoom] = state.transform;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  // The visible part of the chart in flow coordinates: everything else is skipped.
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + width / zoom;
  const bottom = top + height / zoom;
  const visible = (n: CardNode) => {
    const x = n.position.x;
    const y = n.position.y;
    return x + (n.width ?? 0) >= left && x <= right && y + (n.height ?? 0) >= top && y <= bottom;
  };

  context.lineWidth = Math.max(1 / zoom, 1);
  for (const dotted of [false, true]) {
    context.beginPath();
    context.setLineDash(dotted ? [6 / zoom, 5 / zoom] : []);
    for (const edge of edges) {
      if (edge.className?.includes("dotted") !== dotted) continue;
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (source === undefined || target === undefined || (!visible(source) && !visible(target))) continue;
      const sx = source.position.x + (source.width ?? 0) / 2;
      const sy = source.position.y + (source.height ?? 0);
      const tx2 = target.position.x + (target.width ?? 0) / 2;
      const ty2 = target.position.y;
      const mid = (sy + ty2) / 2;
      context.moveTo(sx, sy);
      context.lineTo(sx, mid);
      context.lineTo(tx2, mid);
      context.lineTo(tx2, ty2);
    }
    context.strokeStyle = COLOURS.line;
    context.stroke();
  }
  context.setLineDash([]);

  const batches = new Map<string, CardNode[]>();
  for (const node of nodes) {
    if (!visible(node)) continue;
    const colour = node.data.highlighted
      ? COLOURS.highlighted
      : node.selected
        ? COLOURS.selected
        : node.type === "department"
          ? COLOURS.department
          : COLOURS[node.data.role ?? "role"];
    let batch = batches.get(colour);
    if (batch === undefined) batches.set(colour, (batch = []));
    batch.push(node);
  }
  for (const [colour, batch] of batches) {
    context.fillStyle = colour;
    context.beginPath();
    for (const node of batch) context.rect(node.position.x, node.position.y, node.width ?? 0, node.height ?? 0);
    context.fill();
  }
  // Selected and highlighted cards may be far below a pixel: ring them at a readable size.
  context.lineWidth = 3 / zoom;
  for (const node of nodes) {
    if (!(node.selected || node.data.highlighted) || !visible(node)) continue;
    const w = node.width ?? 0;
    const h = node.height ?? 0;
    context.strokeStyle = node.data.highlighted ? COLOURS.highlighted : COLOURS.selected;
    context.beginPath();
    context.arc(node.position.x + w / 2, node.position.y + h / 2, Math.max(w, h) / 2 + 8 / zoom, 0, Math.PI * 2);
    context.stroke();
  }
  element.dataset.painted = String(nodes.length);
}
