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
 * so the common case costs one pass however long the batch.
 */
export function applyBatch<C extends Chart>(chart: C, ops: readonly ChartOp[]): BatchOutcome<C> {
  const results: OpResult[] = ops.map(() => ({ status: "applied" }));
  const current = applyRange(chart, ops, 0, ops.length, results);
  return { chart: current, results, applied: ops.filter((_, i) => results[i]?.status === "applied") };
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
