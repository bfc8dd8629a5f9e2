import type { EdgeKind, NodeKind, OrgEdge, OrgNode, Position, Responsibility } from "./types";

/**
 * An edit is a small batch of operations against a versioned chart. The client applies them
 * optimistically, the server re-applies them to the stored version, and undo applies their
 * inverse. Every operation is plain JSON so it can be logged, sent and replayed.
 */
export type ChartOp =
  /**
   * `index` is where the node goes in `chart.nodes` (default: the end; clamped to the length).
   * Undo of a removal uses it so the chart comes back exactly, including sibling order.
   */
  | { type: "addNode"; node: OrgNode; index?: number }
  | {
      type: "updateNode";
      id: string;
      patch: Partial<{ title: string; person: string | null; role: string | null; kind: NodeKind; collapsed: boolean }>;
    }
  /** Removes the node and every line touching it; re-attaching reports is done with addEdge ops in the same batch. */
  | { type: "removeNode"; id: string }
  | { type: "moveNodes"; moves: { id: string; position: Position | null }[] }
  /** `index`: where the line goes in `chart.edges`, as for addNode. */
  | { type: "addEdge"; edge: OrgEdge; index?: number }
  | { type: "updateEdge"; id: string; patch: Partial<{ source: string; target: string; kind: EdgeKind }> }
  | { type: "removeEdge"; id: string }
  /** Replaces the ordered list of a node's responsibilities (add, edit, reorder, remove, set duty). */
  | { type: "setResponsibilities"; nodeId: string; responsibilities: Responsibility[] }
  | { type: "renameChart"; name: string };

export type ChartOpType = ChartOp["type"];
