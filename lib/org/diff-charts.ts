import { isResponsibilityOp, type ChartOp } from "./chart-ops";
import type { Chart, OrgEdge, OrgNode, Responsibility } from "./types";

/**
 * The row-level changes between two versions of a chart, as the server persists them.
 * `nodes.updated` lists nodes whose own fields changed (title, person, role, kind, position,
 * collapsed); a change to a node's responsibilities is listed in `responsibilitiesChanged`
 * instead, so the server rewrites those rows only. Added nodes carry their responsibilities
 * and are not repeated in `responsibilitiesChanged`.
 */
export interface ChartDiff {
  nodes: { added: OrgNode[]; updated: OrgNode[]; removed: string[] };
  edges: { added: OrgEdge[]; updated: OrgEdge[]; removed: string[] };
  /** The nodes (as they are after) whose responsibilities changed. */
  responsibilitiesChanged: OrgNode[];
  renamed?: string;
  /**
   * True when `after`'s order is not simply `before`'s surviving items followed by the added
   * ones (an undo re-inserted something in its old place). The store must then rewrite the
   * sort order of every row so a reload shows the same order.
   */
  reordered: { nodes: boolean; edges: boolean };
}

/** Linear in the chart size; unchanged rows are recognised by identity first (applyOps shares them). */
export function diffCharts(before: Chart, after: Chart): ChartDiff {
  const nodes = diffRows(before.nodes, after.nodes, sameNodeFields);
  const edges = diffRows(before.edges, after.edges, sameEdge);

  const beforeNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const responsibilitiesChanged: OrgNode[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (old !== undefined && old !== node && !sameResponsibilities(old.responsibilities, node.responsibilities)) {
      responsibilitiesChanged.push(node);
    }
  }

  const diff: ChartDiff = {
    nodes: { added: nodes.added, updated: nodes.updated, removed: nodes.removed },
    edges: { added: edges.added, updated: edges.updated, removed: edges.removed },
    responsibilitiesChanged,
    reordered: { nodes: nodes.reordered, edges: edges.reordered },
  };
  if (before.name !== after.name) diff.renamed = after.name;
  return diff;
}

/**
 * The same diff as diffCharts(before, after) when `after` is `before` with `ops` applied (the ops
 * as applied: refused ones left out), but looking only at the rows the ops name, so a one-field
 * edit of a 10,000-node chart compares one node instead of every row. Ops that insert at a given
 * place, or a batch that removes and re-adds an id, can change the order of the rows: those take
 * the full diff.
 */
export function diffAppliedOps(before: Chart, after: Chart, ops: readonly ChartOp[]): ChartDiff {
  const scope = touchedRows(ops);
  if (scope === null) return diffCharts(before, after);
  if (scope.removedNodes.size > 0) {
    // Removing a node removes its lines too, without naming them; one of them added again
    // (an undo in the same batch) goes back at the end, which changes the order.
    for (const edge of before.edges) {
      if (!scope.removedNodes.has(edge.source) && !scope.removedNodes.has(edge.target)) continue;
      if (scope.edges.has(edge.id) && scope.addedEdges.has(edge.id)) return diffCharts(before, after);
      scope.edges.add(edge.id);
    }
  }
  const nodes = diffScoped(before.nodes, after.nodes, scope.nodes, sameNodeFields);
  const edges = diffScoped(before.edges, after.edges, scope.edges, sameEdge);
  const diff: ChartDiff = {
    nodes: { added: nodes.added, updated: nodes.updated, removed: nodes.removed },
    edges: { added: edges.added, updated: edges.updated, removed: edges.removed },
    responsibilitiesChanged: nodes.changed.filter(([old, node]) => !sameResponsibilities(old.responsibilities, node.responsibilities)).map(([, node]) => node),
    reordered: { nodes: false, edges: false },
  };
  if (before.name !== after.name) diff.renamed = after.name;
  return diff;
}

interface Scope {
  nodes: Set<string>;
  edges: Set<string>;
  removedNodes: Set<string>;
  addedEdges: Set<string>;
}

/** The ids of the rows the ops may change, or null when they may also change the rows' order. */
function touchedRows(ops: readonly ChartOp[]): Scope | null {
  const scope: Scope = { nodes: new Set(), edges: new Set(), removedNodes: new Set(), addedEdges: new Set() };
  const removedEdges = new Set<string>();
  for (const op of ops) {
    if (isResponsibilityOp(op)) {
      scope.nodes.add(op.nodeId);
      continue;
    }
    switch (op.type) {
      case "addNode":
        if (op.index !== undefined || scope.removedNodes.has(op.node.id)) return null;
        scope.nodes.add(op.node.id);
        break;
      case "updateNode":
        scope.nodes.add(op.id);
        break;
      case "removeNode":
        scope.nodes.add(op.id);
        scope.removedNodes.add(op.id);
        break;
      case "moveNodes":
        for (const move of op.moves) scope.nodes.add(move.id);
        break;
      case "addEdge":
        if (op.index !== undefined || removedEdges.has(op.edge.id)) return null;
        scope.edges.add(op.edge.id);
        scope.addedEdges.add(op.edge.id);
        break;
      case "updateEdge":
        scope.edges.add(op.id);
        break;
      case "removeEdge":
        scope.edges.add(op.id);
        removedEdges.add(op.id);
        break;
      case "renameChart":
        break;
    }
  }
  return scope;
}

/** diffRows restricted to `ids`: without inserts at a given place, added rows sit at the end of `after`. */
function diffScoped<T extends { id: string }>(before: readonly T[], after: readonly T[], ids: ReadonlySet<string>, same: (a: T, b: T) => boolean) {
  const indexBefore = indexFinder(before);
  const indexAfter = indexFinder(after);
  const added: { row: T; index: number }[] = [];
  const updated: T[] = [];
  const removed: string[] = [];
  const changed: [T, T][] = [];
  for (const id of ids) {
    const old = before[indexBefore(id)];
    const at = indexAfter(id);
    const row = after[at];
    if (old === undefined && row !== undefined) added.push({ row, index: at });
    else if (old !== undefined && row === undefined) removed.push(id);
    else if (old !== undefined && row !== undefined && old !== row) {
      changed.push([old, row]);
      if (!same(old, row)) updated.push(row);
    }
  }
  return { added: added.sort((a, b) => a.index - b.index).map((a) => a.row), updated, removed, changed };
}

/** A few lookups scan the list (cheaper than indexing 10,000 rows); many build a map once. */
const LINEAR_LOOKUPS = 8;

function indexFinder<T extends { id: string }>(rows: readonly T[]): (id: string) => number {
  let lookups = 0;
  let positions: Map<string, number> | null = null;
  return (id) => {
    if (positions === null && lookups++ < LINEAR_LOOKUPS) return rows.findIndex((row) => row.id === id);
    positions ??= new Map(rows.map((row, index) => [row.id, index]));
    return positions.get(id) ?? -1;
  };
}

/** True when the diff has nothing to persist. */
export function isEmptyDiff(diff: ChartDiff): boolean {
  return (
    diff.nodes.added.length + diff.nodes.updated.length + diff.nodes.removed.length === 0 &&
    diff.edges.added.length + diff.edges.updated.length + diff.edges.removed.length === 0 &&
    diff.responsibilitiesChanged.length === 0 &&
    diff.renamed === undefined &&
    !diff.reordered.nodes &&
    !diff.reordered.edges
  );
}

function diffRows<T extends { id: string }>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean) {
  const old = new Map<string, { row: T; index: number }>();
  before.forEach((row, index) => old.set(row.id, { row, index }));
  const added: T[] = [];
  const updated: T[] = [];
  const kept = new Set<string>();
  let reordered = false;
  let lastKeptIndex = -1;
  for (const row of after) {
    const match = old.get(row.id);
    if (match === undefined) {
      added.push(row);
      continue;
    }
    kept.add(row.id);
    // A kept row after an added one, or kept rows out of their old order, breaks "append only".
    if (added.length > 0 || match.index < lastKeptIndex) reordered = true;
    lastKeptIndex = match.index;
    if (match.row !== row && !same(match.row, row)) updated.push(row);
  }
  const removed = before.filter((row) => !kept.has(row.id)).map((row) => row.id);
  return { added, updated, removed, reordered };
}

function sameNodeFields(a: OrgNode, b: OrgNode): boolean {
  return (
    a.title === b.title &&
    a.person === b.person &&
    a.role === b.role &&
    a.kind === b.kind &&
    a.collapsed === b.collapsed &&
    (a.position === b.position || (a.position !== null && b.position !== null && a.position.x === b.position.x && a.position.y === b.position.y))
  );
}

function sameEdge(a: OrgEdge, b: OrgEdge): boolean {
  return a.source === b.source && a.target === b.target && a.kind === b.kind;
}

function sameResponsibilities(a: readonly Responsibility[], b: readonly Responsibility[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const s = b[i];
    return s !== undefined && r.id === s.id && r.text === s.text && r.duty === s.duty;
  });
}
