import type { ChartOp } from "../org/chart-ops";
import type { Chart, Position } from "../org/types";

/**
 * True when everything `ops` wrote is still as they left it in `chart`: no one changed the same
 * fields, items or lines since. Undo checks the step's own ops before applying its inverse (and
 * redo checks the inverse), so undoing never overwrites a colleague's later change.
 */
export function stillHolds(chart: Chart, ops: readonly ChartOp[]): boolean {
  const nodes = new Map(chart.nodes.map((node) => [node.id, node]));
  const edges = new Map(chart.edges.map((edge) => [edge.id, edge]));
  const item = (nodeId: string, id: string) => nodes.get(nodeId)?.responsibilities.find((r) => r.id === id);
  // Only the last add or remove of a thing says whether it should be there: a step that removes a
  // card and adds it again (replacing the chart's content, restoring a version) leaves it present.
  const lastPresence = new Map<string, number>();
  ops.forEach((op, index) => {
    const key = presenceKey(op);
    if (key !== null) lastPresence.set(key, index);
  });
  return ops.every((op, index) => {
    const key = presenceKey(op);
    if (key !== null && lastPresence.get(key) !== index) return true;
    switch (op.type) {
      case "addNode":
        return nodes.has(op.node.id);
      case "removeNode":
        return !nodes.has(op.id);
      case "updateNode": {
        const node = nodes.get(op.id);
        return node !== undefined && Object.entries(op.patch).every(([key, value]) => value === undefined || node[key as keyof typeof op.patch] === value);
      }
      case "moveNodes":
        return op.moves.every((move) => {
          const node = nodes.get(move.id);
          return node !== undefined && samePosition(node.position, move.position);
        });
      case "addEdge": {
        const edge = edges.get(op.edge.id);
        return edge !== undefined && edge.source === op.edge.source && edge.target === op.edge.target && edge.kind === op.edge.kind;
      }
      case "updateEdge": {
        const edge = edges.get(op.id);
        return edge !== undefined && Object.entries(op.patch).every(([key, value]) => value === undefined || edge[key as keyof typeof op.patch] === value);
      }
      case "removeEdge":
        return !edges.has(op.id);
      case "addResponsibility":
      case "moveResponsibility":
        return item(op.nodeId, op.type === "addResponsibility" ? op.responsibility.id : op.id) !== undefined;
      case "setResponsibilityText":
        return item(op.nodeId, op.id)?.text === op.text;
      case "setResponsibilityDuty": {
        const current = item(op.nodeId, op.id);
        return current !== undefined && current.duty === op.duty;
      }
      case "removeResponsibility":
        return item(op.nodeId, op.id) === undefined;
      case "setResponsibilities": {
        const list = nodes.get(op.nodeId)?.responsibilities;
        return list !== undefined && JSON.stringify(list) === JSON.stringify(op.responsibilities);
      }
      case "renameChart":
        return chart.name === op.name;
    }
  });
}

function samePosition(a: Position | null, b: Position | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

/** What an op adds or removes, if anything: the thing whose presence it decides. */
function presenceKey(op: ChartOp): string | null {
  switch (op.type) {
    case "addNode":
      return `node:${op.node.id}`;
    case "removeNode":
      return `node:${op.id}`;
    case "addEdge":
      return `edge:${op.edge.id}`;
    case "removeEdge":
      return `edge:${op.id}`;
    case "addResponsibility":
      return `item:${op.nodeId}:${op.responsibility.id}`;
    case "removeResponsibility":
      return `item:${op.nodeId}:${op.id}`;
    default:
      return null;
  }
}
