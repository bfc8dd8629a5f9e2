import type { OpResult } from "../org/apply-batch";
import type { ChartOp } from "../org/chart-ops";

/**
 * The wire protocol between the editor (or a script) and the server, shared by both sides.
 *
 * A client sends batches `{ clientId, seq, baseVersion, ops }` (lib/org/chart-ops.ts: opsBatchSchema).
 * The server applies each batch to its current chart, in arrival order, and answers with the new
 * version and one result per op. Every accepted batch is one row of the chart's log (ChartChange)
 * and one `change` event on the stream, carrying the ops as applied (refused ones left out).
 */

export interface BatchAnswer {
  version: number;
  results: OpResult[];
  /**
   * The changes between the batch's baseVersion and its own version, oldest first, so the answer
   * alone lets a client catch up; null when it is too far behind and must reload the chart.
   */
  changes?: ChangeEvent[] | null;
}

/** Who made a change, for presence and notices. */
export interface ChangeActor {
  id: string | null;
  name: string;
}

/** One accepted batch, as the log stores it and the stream sends it (`event: change`, `id: <version>`). */
export interface ChangeEvent {
  version: number;
  clientId: string | null;
  seq: number | null;
  actor: ChangeActor;
  ops: ChartOp[];
}
