import { isResponsibilityOp, type ChartOp } from "./chart-ops";

/** What a batch of edits did, in the terms of the activity list ("moved Reparto IT under CIO"). */
export type ActivityItem =
  | { type: "added" | "removed" | "renamed" | "edited" | "responsibilities"; node: string }
  | { type: "placed"; node: string; under: string }
  | { type: "dotted"; node: string; under: string }
  | { type: "arranged"; count: number }
  | { type: "chart-renamed"; name: string };

/**
 * Summarises the ops of one or more batches as activity items, naming cards by their title:
 * `titleOf` gives the title of a card now (a removed card keeps the title it was added or last
 * renamed with in these ops, else its id). Repeats are said once; moves of positions only are
 * counted ("arranged 12 cards").
 */
export function summarizeOps(ops: readonly ChartOp[], titleOf: (id: string) => string | undefined): ActivityItem[] {
  const known = new Map<string, string>();
  for (const op of ops) {
    if (op.type === "addNode") known.set(op.node.id, op.node.title);
    if (op.type === "updateNode" && op.patch.title !== undefined) known.set(op.id, op.patch.title);
  }
  const title = (id: string) => titleOf(id) ?? known.get(id) ?? id;
  const items: ActivityItem[] = [];
  const seen = new Set<string>();
  const push = (item: ActivityItem) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  const arranged = new Set<string>();
  // A card added in these ops is said once, as added, under its latest title: not also "renamed".
  const added = new Set(ops.flatMap((op) => (op.type === "addNode" ? [op.node.id] : [])));
  for (const op of ops) {
    if (isResponsibilityOp(op)) {
      if (!added.has(op.nodeId)) push({ type: "responsibilities", node: title(op.nodeId) });
      continue;
    }
    switch (op.type) {
      case "addNode":
        push({ type: "added", node: title(op.node.id) });
        break;
      case "removeNode":
        push({ type: "removed", node: title(op.id) });
        break;
      case "updateNode": {
        // Folding a branch is a view choice, not a change anyone asks about.
        const { title: renamed, collapsed: _folded, ...fields } = op.patch;
        void _folded;
        if (added.has(op.id)) break;
        if (renamed !== undefined) push({ type: "renamed", node: title(op.id) });
        if (Object.values(fields).some((value) => value !== undefined)) push({ type: "edited", node: title(op.id) });
        break;
      }
      case "moveNodes":
        for (const move of op.moves) arranged.add(move.id);
        break;
      case "addEdge":
        push({ type: op.edge.kind === "reports-to" ? "placed" : "dotted", node: title(op.edge.target), under: title(op.edge.source) });
        break;
      case "removeEdge":
      case "updateEdge":
        // Said through the line that replaces it ("placed … under …"), or not at all.
        break;
      case "renameChart":
        push({ type: "chart-renamed", name: op.name });
        break;
    }
  }
  if (arranged.size > 0) push({ type: "arranged", count: arranged.size });
  return items;
}
