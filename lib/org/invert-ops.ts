import { runOps, type ApplyOpsResult, type ChartStateView, type OpError } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import type { Chart } from "./types";

export type ApplyOpsWithInverseResult<C extends Chart = Chart> =
  | { ok: true; chart: C; inverse: ChartOp[] }
  | { ok: false; error: OpError };

/**
 * Applies the batch and returns the ops that undo it, in one pass: what the UI records for undo.
 * The inverse restores the chart exactly (deep-equal), including the order of nodes and lines.
 */
export function applyOpsWithInverse<C extends Chart>(chart: C, ops: readonly ChartOp[]): ApplyOpsWithInverseResult<C> {
  // Each op's inverse is read from the state just before it; undoing runs them last-first.
  const reversed: ChartOp[][] = [];
  const result: ApplyOpsResult<C> = runOps(chart, ops, (op, state) => reversed.push(invertOne(op, state)));
  if (!result.ok) return result;
  return { ok: true, chart: result.chart, inverse: reversed.reverse().flat() };
}

/**
 * The ops that take `applyOps(before, ops)` back to `before`. Throws when `ops` do not apply to
 * `before`: there is nothing to undo then, and a caller asking for it has a bug.
 */
export function invertOps(before: Chart, ops: readonly ChartOp[]): ChartOp[] {
  const result = applyOpsWithInverse(before, ops);
  if (!result.ok) throw new Error(`invertOps: the ops do not apply (op ${result.error.opIndex}): ${result.error.code}`);
  return result.inverse;
}

// Called only after the op validated, so everything it names exists.
function invertOne(op: ChartOp, state: ChartStateView): ChartOp[] {
  switch (op.type) {
    case "addNode":
      return [{ type: "removeNode", id: op.node.id }];
    case "updateNode": {
      const node = state.node(op.id);
      if (node === undefined) return [];
      const patch: Extract<ChartOp, { type: "updateNode" }>["patch"] = {};
      if (op.patch.title !== undefined) patch.title = node.title;
      if (op.patch.person !== undefined) patch.person = node.person;
      if (op.patch.role !== undefined) patch.role = node.role;
      if (op.patch.kind !== undefined) patch.kind = node.kind;
      if (op.patch.collapsed !== undefined) patch.collapsed = node.collapsed;
      return [{ type: "updateNode", id: op.id, patch }];
    }
    case "removeNode": {
      const node = state.node(op.id);
      if (node === undefined) return [];
      // Put the node back first, then its lines in ascending index order so each lands where it was.
      return [
        { type: "addNode", node, index: state.nodeIndex(op.id) },
        ...state.edgesTouching(op.id).map(({ edge, index }): ChartOp => ({ type: "addEdge", edge, index })),
      ];
    }
    case "moveNodes": {
      // The state is read before the op, so every id gets its original position once, even if
      // the op moved it twice.
      const seen = new Set<string>();
      const moves = op.moves.flatMap((move) => {
        if (seen.has(move.id)) return [];
        seen.add(move.id);
        return [{ id: move.id, position: state.node(move.id)?.position ?? null }];
      });
      return [{ type: "moveNodes", moves }];
    }
    case "addEdge":
      return [{ type: "removeEdge", id: op.edge.id }];
    case "updateEdge": {
      const edge = state.edge(op.id);
      if (edge === undefined) return [];
      const patch: Extract<ChartOp, { type: "updateEdge" }>["patch"] = {};
      if (op.patch.source !== undefined) patch.source = edge.source;
      if (op.patch.target !== undefined) patch.target = edge.target;
      if (op.patch.kind !== undefined) patch.kind = edge.kind;
      return [{ type: "updateEdge", id: op.id, patch }];
    }
    case "removeEdge": {
      const edge = state.edge(op.id);
      if (edge === undefined) return [];
      return [{ type: "addEdge", edge, index: state.edgeIndex(op.id) }];
    }
    case "addResponsibility":
      return [{ type: "removeResponsibility", nodeId: op.nodeId, id: op.responsibility.id }];
    case "setResponsibilities": {
      const node = state.node(op.nodeId);
      return node === undefined ? [] : [{ type: "setResponsibilities", nodeId: op.nodeId, responsibilities: node.responsibilities }];
    }
    case "setResponsibilityText":
    case "setResponsibilityDuty":
    case "moveResponsibility":
    case "removeResponsibility": {
      const list = state.node(op.nodeId)?.responsibilities ?? [];
      const index = list.findIndex((r) => r.id === op.id);
      const item = list[index];
      if (item === undefined) return [];
      if (op.type === "setResponsibilityText") return [{ type: "setResponsibilityText", nodeId: op.nodeId, id: op.id, text: item.text }];
      if (op.type === "setResponsibilityDuty") return [{ type: "setResponsibilityDuty", nodeId: op.nodeId, id: op.id, duty: item.duty }];
      if (op.type === "moveResponsibility") return [{ type: "moveResponsibility", nodeId: op.nodeId, id: op.id, index }];
      return [{ type: "addResponsibility", nodeId: op.nodeId, responsibility: item, index }];
    }
    case "renameChart":
      return [{ type: "renameChart", name: state.name }];
  }
}
