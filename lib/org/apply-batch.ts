import { applyOps, type OpReason } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import type { Chart } from "./types";

export type OpResult = { status: "applied" } | { status: "refused"; reason: OpReason };

export interface BatchOutcome<C extends Chart> {
  chart: C;
  /** One per op, in order. */
  results: OpResult[];
  /** The ops that applied, in order: what the log stores and the stream sends. */
  applied: ChartOp[];
}

/**
 * How the server applies a batch to its current chart: op by op in order, each on the result
 * of the ones before, so the last writer wins per field. An op that no longer makes sense (its
 * node was deleted, it would close a cycle or give a second manager) is refused with its reason,
 * and the others still apply.
 *
 * The whole batch is tried at once first; only when an op fails is the batch split around it,
 * so the common case costs one pass however long the batch. With `gestures` (the number of
 * consecutive ops in each), every gesture applies whole or is refused whole.
 */
export function applyBatch<C extends Chart>(chart: C, ops: readonly ChartOp[], gestures?: readonly number[]): BatchOutcome<C> {
  const results: OpResult[] = ops.map(() => ({ status: "applied" }));
  const current = gestures === undefined ? applyRange(chart, ops, 0, ops.length, results) : applyGestures(chart, ops, gestures, results);
  return { chart: current, results, applied: ops.filter((_, i) => results[i]?.status === "applied") };
}

/**
 * Each gesture whole or not at all: a re-parent whose new line would close a cycle must not leave
 * the card without its old manager. Every op of a refused gesture carries the reason that refused it.
 */
function applyGestures<C extends Chart>(chart: C, ops: readonly ChartOp[], gestures: readonly number[], results: OpResult[]): C {
  let current = chart;
  let from = 0;
  let singles = 0;
  // Runs of one-op gestures (typing, one move at a time) go through applyRange together: one pass.
  const flushSingles = () => {
    current = applyRange(current, ops, from - singles, from, results);
    singles = 0;
  };
  for (const length of gestures) {
    const to = Math.min(from + length, ops.length);
    if (to - from === 1) {
      singles += 1;
      from = to;
      continue;
    }
    flushSingles();
    const attempt = applyOps(current, ops.slice(from, to));
    if (attempt.ok) current = attempt.chart;
    else {
      const { opIndex: _index, ...reason } = attempt.error;
      void _index;
      for (let i = from; i < to; i++) results[i] = { status: "refused", reason };
    }
    from = to;
  }
  flushSingles();
  // Ops past the declared gestures (a malformed batch the schema would refuse) each stand alone.
  return applyRange(current, ops, from, ops.length, results);
}

function applyRange<C extends Chart>(chart: C, ops: readonly ChartOp[], from: number, to: number, results: OpResult[]): C {
  if (from >= to) return chart;
  const attempt = applyOps(chart, ops.slice(from, to));
  if (attempt.ok) return attempt.chart;
  const failed = from + attempt.error.opIndex;
  const { opIndex: _index, ...reason } = attempt.error;
  void _index;
  // The ops before the refused one were tried together with it; try them on their own (they may
  // hold another refusal: a structural error is found at the end and blamed on the later op).
  const before = applyRange(chart, ops, from, failed, results);
  const alone = applyOps(before, [ops[failed] as ChartOp]);
  if (alone.ok) return applyRange(alone.chart, ops, failed + 1, to, results);
  const { opIndex: _alone, ...own } = alone.error;
  void _alone;
  results[failed] = { status: "refused", reason: failed === from + attempt.error.opIndex ? own : reason };
  return applyRange(before, ops, failed + 1, to, results);
}
