"use client";

import { useMemo } from "react";
import { ViewportPortal, useStore, type ReactFlowState } from "@xyflow/react";
import type { Participant } from "@/lib/sync/presence";
import type { CardNode } from "./flow-types";
import { NODE_SIZE } from "./node-size";

const zoomOf = (state: ReactFlowState) => state.transform[2];

/**
 * The others, drawn on the chart: an outline in their colour, with their name, around each card
 * they have selected, and their pointer. Both live in chart coordinates (React Flow's viewport
 * portal); names and pointers keep their screen size whatever the zoom.
 */
export function PresenceLayer({ others, nodes }: { others: readonly Participant[]; nodes: readonly CardNode[] }) {
  const zoom = useStore(zoomOf);
  const selected = useMemo(() => new Set(others.flatMap((participant) => participant.selection)), [others]);
  const boxes = useMemo(() => {
    const byId = new Map<string, { x: number; y: number; width: number; height: number }>();
    if (selected.size === 0) return byId;
    for (const node of nodes) {
      if (!selected.has(node.id)) continue;
      const size = NODE_SIZE[node.type === "department" ? "department" : "role"];
      byId.set(node.id, { ...node.position, width: node.width ?? size.width, height: node.height ?? size.height });
    }
    return byId;
  }, [nodes, selected]);
  const scale = 1 / zoom;
  return (
    <ViewportPortal>
      <div className="oc-presence-layer" aria-hidden>
        {others.flatMap((participant) =>
          participant.selection.map((id, index) => {
            const box = boxes.get(id);
            if (box === undefined) return null;
            const pad = 6 * scale;
            return (
              <div
                key={`${participant.key}:${id}`}
                className="oc-presence-outline"
                data-testid="presence-outline"
                data-node={id}
                data-name={participant.name}
                style={{
                  transform: `translate(${box.x - pad}px, ${box.y - pad}px)`,
                  width: box.width + pad * 2,
                  height: box.height + pad * 2,
                  borderColor: participant.color,
                  borderWidth: 3 * scale,
                  borderRadius: 12 * scale,
                }}
              >
                {index === 0 && (
                  <span className="oc-presence-name" style={{ background: participant.color, transform: `scale(${scale})` }}>
                    {participant.name}
                  </span>
                )}
              </div>
            );
          }),
        )}
        {others.map((participant) =>
          participant.cursor === null ? null : (
            <div
              key={`cursor:${participant.key}`}
              className="oc-presence-cursor"
              data-testid="presence-cursor"
              data-name={participant.name}
              style={{ transform: `translate(${participant.cursor.x}px, ${participant.cursor.y}px) scale(${scale})` }}
            >
              <svg width="18" height="20" viewBox="0 0 18 20">
                <path d="M1 1 L1 17 L5.5 12.5 L9 19 L12 17.5 L8.5 11.5 L15 11.5 Z" fill={participant.color} stroke="#fff" strokeWidth="1.5" />
              </svg>
              <span className="oc-presence-name" style={{ background: participant.color }}>
                {participant.name}
              </span>
            </div>
          ),
        )}
      </div>
    </ViewportPortal>
  );
}
