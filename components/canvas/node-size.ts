import type { NodeKind } from "@/lib/org/types";

/**
 * Every card has a fixed size, declared to React Flow up front: with width, height and handles
 * known, onlyRenderVisibleElements can skip off-screen nodes without mounting them once to
 * measure them (xyflow#3883). The CSS uses the same numbers (see canvas.css).
 */
export const NODE_SIZE: Record<NodeKind, { width: number; height: number }> = {
  role: { width: 240, height: 104 },
  department: { width: 240, height: 72 },
};

/** Below this zoom cards are drawn as plain blocks: text is unreadable there and costs frames. */
export const DETAIL_ZOOM = 0.45;

/** Below this zoom the whole chart is painted on one canvas (see overview-layer.tsx). */
export const OVERVIEW_ZOOM = 0.2;

export const HANDLE_SIZE = 10;

/** Id of the left-side target handle used by cards stacked in a column. */
export const SIDE_HANDLE = "side";
