"use client";

import { Handle, Position } from "@xyflow/react";
import { SIDE_HANDLE } from "./node-size";

/**
 * Lines enter a card at the top (from its manager) and leave at the bottom (to its reports).
 * A card stacked under a sibling (compact layout) is entered from the side instead, so the line
 * runs down beside the column rather than through the cards above it.
 */
export function CardHandles({ connectable }: { connectable: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Top} className="oc-handle" isConnectable={connectable} />
      <Handle type="target" position={Position.Left} id={SIDE_HANDLE} className="oc-handle oc-handle-side" isConnectable={false} />
      <Handle type="source" position={Position.Bottom} className="oc-handle" isConnectable={connectable} data-testid="card-handle-source" />
    </>
  );
}
