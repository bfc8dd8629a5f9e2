"use client";

import { Handle, Position } from "@xyflow/react";

/** Lines enter a card at the top (from its manager) and leave at the bottom (to its reports). */
export function CardHandles({ connectable }: { connectable: boolean }) {
  return (
    <>
      <Handle type="target" position={Position.Top} className="oc-handle" isConnectable={connectable} />
      <Handle type="source" position={Position.Bottom} className="oc-handle" isConnectable={connectable} data-testid="card-handle-source" />
    </>
  );
}
