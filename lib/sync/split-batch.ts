import type { ChartOp } from "../org/chart-ops";
import { CHART_LIMITS } from "../org/limits";

/**
 * What one POST /api/charts/{id}/ops may carry (lib/org/limits.ts); we stay below both caps,
 * with room for the JSON envelope, and count each move of a moveNodes as one unit so that a 10,000-node
 * auto-layout is saved as a few moderate transactions rather than one huge one.
 */
export interface RequestLimits {
  units: number;
  bytes: number;
}

export const REQUEST_LIMITS: RequestLimits = { units: CHART_LIMITS.opsPerRequest, bytes: Math.floor(CHART_LIMITS.requestBytes * 0.75) };

const encoder = new TextEncoder();

function bytesOf(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** The size of one op in a request: units (1, or the number of moves) and JSON bytes. */
export function opSize(op: ChartOp): { units: number; bytes: number } {
  return { units: op.type === "moveNodes" ? Math.max(1, op.moves.length) : 1, bytes: bytesOf(op) + 1 };
}

function gestureSize(ops: readonly ChartOp[]): { units: number; bytes: number } {
  let units = 0;
  let bytes = 0;
  for (const op of ops) {
    const size = opSize(op);
    units += size.units;
    bytes += size.bytes;
  }
  return { units, bytes };
}

/**
 * A gesture too big for one request, as parts that each fit, in order (a moveNodes is split by
 * moves). A gesture that fits comes back as the only part. The parts are saved one request
 * after another, so they are no longer atomic on the server: only giant gestures (a layout of
 * thousands of cards, a mass delete) are split, and each part on its own is a valid edit.
 */
export function splitGesture(ops: readonly ChartOp[], limits: RequestLimits = REQUEST_LIMITS): ChartOp[][] {
  const total = gestureSize(ops);
  if (total.units <= limits.units && total.bytes <= limits.bytes) return [[...ops]];
  const parts: ChartOp[][] = [];
  let part: ChartOp[] = [];
  let units = 0;
  let bytes = 0;
  const push = (op: ChartOp, size: { units: number; bytes: number }) => {
    if (part.length > 0 && (units + size.units > limits.units || bytes + size.bytes > limits.bytes)) {
      parts.push(part);
      part = [];
      units = 0;
      bytes = 0;
    }
    part.push(op);
    units += size.units;
    bytes += size.bytes;
  };
  for (const op of ops) {
    const size = opSize(op);
    if (op.type === "moveNodes" && (size.units > limits.units || size.bytes > limits.bytes)) {
      for (const moves of chunkMoves(op.moves, limits)) {
        const chunk: ChartOp = { type: "moveNodes", moves };
        push(chunk, opSize(chunk));
      }
    } else {
      push(op, size);
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

function chunkMoves<M>(moves: readonly M[], limits: RequestLimits): M[][] {
  const chunks: M[][] = [];
  let chunk: M[] = [];
  let bytes = 0;
  for (const move of moves) {
    const size = bytesOf(move) + 1;
    if (chunk.length > 0 && (chunk.length >= limits.units || bytes + size > limits.bytes - 64)) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
    }
    chunk.push(move);
    bytes += size;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** How many leading gestures go into the next request: as many as fit, and at least one. */
export function takeForRequest(gestures: readonly (readonly ChartOp[])[], limits: RequestLimits = REQUEST_LIMITS): number {
  let units = 0;
  let bytes = 0;
  let count = 0;
  for (const gesture of gestures) {
    const size = gestureSize(gesture);
    if (count > 0 && (units + size.units > limits.units || bytes + size.bytes > limits.bytes)) break;
    units += size.units;
    bytes += size.bytes;
    count++;
  }
  return count;
}
