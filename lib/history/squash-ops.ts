import type { ChartOp, EdgePatch, NodePatch } from "../org/chart-ops";


/**
 * Merges neighbouring ops whose combined effect is one op: consecutive moves, consecutive edits
 * of the same node, line or responsibility list, consecutive renames. A 60-frame drag becomes a
 * single moveNodes. Only neighbours are merged, so the result applies exactly like the input.
 */
export function squashOps(ops: readonly ChartOp[]): ChartOp[] {
  const out: ChartOp[] = [];
  for (const op of ops) {
    const last = out[out.length - 1];
    const merged = last === undefined ? null : mergePair(last, op);
    if (merged === null) out.push(op);
    else out[out.length - 1] = merged;
  }
  return out;
}

/**
 * The same for a run of gestures that must each stay whole on the server: each gesture is squashed
 * on its own, and neighbouring one-op gestures merge when their ops do (a title typed key by key
 * goes out as one op). A multi-op gesture is never merged with another.
 */
export function squashGestures(gestures: readonly (readonly ChartOp[])[]): ChartOp[][] {
  const out: ChartOp[][] = [];
  for (const gesture of gestures) {
    const squashed = squashOps(gesture);
    if (squashed.length === 0) continue;
    const last = out[out.length - 1];
    const merged = last?.length === 1 && squashed.length === 1 ? mergePair(last[0]!, squashed[0]!) : null;
    if (merged === null) out.push(squashed);
    else out[out.length - 1] = [merged];
  }
  return out;
}

function mergePair(a: ChartOp, b: ChartOp): ChartOp | null {
  if (a.type === "moveNodes" && b.type === "moveNodes") {
    const positions = new Map(a.moves.map((move) => [move.id, move.position]));
    for (const move of b.moves) positions.set(move.id, move.position);
    return { type: "moveNodes", moves: [...positions].map(([id, position]) => ({ id, position })) };
  }
  if (a.type === "updateNode" && b.type === "updateNode" && a.id === b.id) {
    return { type: "updateNode", id: a.id, patch: mergePatch<NodePatch>(a.patch, b.patch) };
  }
  if (a.type === "updateEdge" && b.type === "updateEdge" && a.id === b.id) {
    return { type: "updateEdge", id: a.id, patch: mergePatch<EdgePatch>(a.patch, b.patch) };
  }
  if (a.type === "setResponsibilities" && b.type === "setResponsibilities" && a.nodeId === b.nodeId) return b;
  if (a.type === b.type && (a.type === "setResponsibilityText" || a.type === "setResponsibilityDuty")) {
    const later = b as typeof a;
    if (a.nodeId === later.nodeId && a.id === later.id) return later;
  }
  if (a.type === "renameChart" && b.type === "renameChart") return b;
  return null;
}

/** Later values win; keys a patch leaves undefined do not erase earlier ones. */
function mergePatch<P extends Partial<Record<string, unknown>>>(a: P, b: P): P {
  const merged = { ...a };
  for (const key of Object.keys(b) as (keyof P)[]) if (b[key] !== undefined) merged[key] = b[key];
  return merged;
}
