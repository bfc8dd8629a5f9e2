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
  responsibilitiesChanged: string[];
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
  const responsibilitiesChanged: string[] = [];
  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (old !== undefined && old !== node && !sameResponsibilities(old.responsibilities, node.responsibilities)) {
      responsibilitiesChanged.push(node.id);
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
