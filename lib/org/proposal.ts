import type { OpReason } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import type { OverwrittenChange } from "./overwritten-changes";
import type { Chart, VersionedChart } from "./types";

/** A what-if copy of a chart: open to edits until it is merged back or discarded. */
export type ProposalState = "open" | "merged" | "discarded";

/** What the editor of a proposal needs to compare it and to merge it. */
export interface ProposalContext {
  state: ProposalState;
  private: boolean;
  /** The origin's version when the proposal started, and the origin as it was then. */
  startedAt: number;
  base: Chart;
  /** The origin as it is now; null when it is gone (deleted) or out of the caller's reach. */
  origin: VersionedChart | null;
  /** Whether the caller may merge (edit the origin). */
  canMerge: boolean;
}

export interface MergeOutcome {
  /** The origin's version after the merge. */
  version: number;
  applied: number;
  /** Ops the origin refused (a card deleted meanwhile, a move that would close a cycle), and why. */
  refused: { op: ChartOp; reason: OpReason }[];
  /** Fields both sides changed since the proposal started: the proposal's value won. */
  overwritten: OverwrittenChange[];
  /** The named version of the origin saved just before, to go back to (null when nothing was merged). */
  savedVersion: string | null;
}
