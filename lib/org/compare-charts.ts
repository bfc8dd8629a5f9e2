import type { Chart, OrgEdge, OrgNode } from "./types";

/** A card as a change names it: its id (to zoom to it) and its title at that point. */
export interface NodeRef {
  id: string;
  title: string;
}

/** One difference between two points of a chart, in words a person would use. */
export type ComparedChange =
  | { type: "node-added"; node: NodeRef }
  | { type: "node-removed"; node: NodeRef }
  | { type: "node-moved"; node: NodeRef; from: NodeRef | null; to: NodeRef | null }
  | { type: "node-renamed"; node: NodeRef; from: string }
  | { type: "node-changed"; node: NodeRef; fields: ("person" | "role" | "kind")[] }
  | { type: "responsibility-added"; node: NodeRef; text: string }
  | { type: "responsibility-removed"; node: NodeRef; text: string }
  | { type: "responsibility-reworded"; node: NodeRef; from: string; to: string }
  | { type: "line-added"; source: NodeRef; target: NodeRef }
  | { type: "line-removed"; source: NodeRef; target: NodeRef };

/** Green, red or amber on the canvas and in the list. */
export function changeTone(change: ComparedChange): "added" | "removed" | "changed" {
  if (change.type === "node-added" || change.type === "responsibility-added" || change.type === "line-added") return "added";
  if (change.type === "node-removed" || change.type === "responsibility-removed" || change.type === "line-removed") return "removed";
  return "changed";
}

/**
 * What changed from `before` to `after`: cards added, removed, moved to another manager, renamed,
 * or with another person, role or kind; responsibilities added, removed or re-worded; dotted
 * lines added or removed (a solid line's change shows as a move). Positions are left out: laying
 * the chart out again is not a change anyone asks about.
 */
export function compareCharts(before: Chart, after: Chart): ComparedChange[] {
  const beforeNodes = new Map(before.nodes.map((node) => [node.id, node]));
  const afterNodes = new Map(after.nodes.map((node) => [node.id, node]));
  const ref = (id: string): NodeRef => {
    const node = afterNodes.get(id) ?? beforeNodes.get(id);
    return { id, title: node?.title ?? id };
  };
  const beforeManagers = managers(before.edges);
  const afterManagers = managers(after.edges);
  const changes: ComparedChange[] = [];

  for (const node of after.nodes) {
    const old = beforeNodes.get(node.id);
    if (old === undefined) {
      changes.push({ type: "node-added", node: ref(node.id) });
      continue;
    }
    if (old === node) continue;
    if (old.title !== node.title) changes.push({ type: "node-renamed", node: ref(node.id), from: old.title });
    const fields = (["person", "role", "kind"] as const).filter((field) => old[field] !== node[field]);
    if (fields.length > 0) changes.push({ type: "node-changed", node: ref(node.id), fields });
    changes.push(...compareResponsibilities(ref(node.id), old, node));
  }
  for (const node of after.nodes) {
    if (!beforeNodes.has(node.id)) continue;
    const from = beforeManagers.get(node.id) ?? null;
    const to = afterManagers.get(node.id) ?? null;
    if (from !== to) changes.push({ type: "node-moved", node: ref(node.id), from: from === null ? null : ref(from), to: to === null ? null : ref(to) });
  }
  for (const node of before.nodes) if (!afterNodes.has(node.id)) changes.push({ type: "node-removed", node: ref(node.id) });

  // Dotted lines: solid ones are the moves above (or come and go with their cards).
  const dotted = (edges: readonly OrgEdge[]) => new Set(edges.filter((edge) => edge.kind === "dotted").map((edge) => `${edge.source}→${edge.target}`));
  const beforeDotted = dotted(before.edges);
  const afterDotted = dotted(after.edges);
  for (const key of afterDotted) if (!beforeDotted.has(key)) changes.push({ type: "line-added", ...ends(key, ref) });
  for (const key of beforeDotted) if (!afterDotted.has(key)) changes.push({ type: "line-removed", ...ends(key, ref) });
  return changes;
}

function managers(edges: readonly OrgEdge[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const edge of edges) if (edge.kind === "reports-to") map.set(edge.target, edge.source);
  return map;
}

function ends(key: string, ref: (id: string) => NodeRef): { source: NodeRef; target: NodeRef } {
  const [source, target] = key.split("→") as [string, string];
  return { source: ref(source), target: ref(target) };
}

function compareResponsibilities(node: NodeRef, before: OrgNode, after: OrgNode): ComparedChange[] {
  if (before.responsibilities === after.responsibilities) return [];
  const old = new Map(before.responsibilities.map((item) => [item.id, item]));
  const current = new Set(after.responsibilities.map((item) => item.id));
  const changes: ComparedChange[] = [];
  for (const item of after.responsibilities) {
    const earlier = old.get(item.id);
    if (earlier === undefined) changes.push({ type: "responsibility-added", node, text: item.text });
    else if (earlier.text !== item.text) changes.push({ type: "responsibility-reworded", node, from: earlier.text, to: item.text });
  }
  for (const item of before.responsibilities) if (!current.has(item.id)) changes.push({ type: "responsibility-removed", node, text: item.text });
  return changes;
}
