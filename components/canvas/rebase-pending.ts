import { applyOps, nodeLabel, type OpError } from "@/lib/org/apply-ops";
import type { ChartOp } from "@/lib/org/chart-ops";
import { diffCharts, isEmptyDiff } from "@/lib/org/diff-charts";
import type { Chart, OrgNode, Responsibility } from "@/lib/org/types";

export type NodeField = "title" | "person" | "role" | "kind" | "collapsed";
export type ConflictField = NodeField | "responsibilities" | "name";

/** Where a colleague's value was kept instead of ours: the node (or chart) label and the field. */
export interface KeptTheirs {
  node: string;
  field: ConflictField;
}

export interface RebaseOutcome {
  /** The server's chart with the kept gestures applied. */
  chart: Chart;
  /** The gestures still to save, rewritten to apply on top of the server's chart. */
  kept: ChartOp[][];
  /** Why each dropped gesture no longer applies, with node labels from our own chart. */
  dropped: OpError[];
  /** Fields both sides changed: the colleague's version stays, ours is given up. */
  theirs: KeptTheirs[];
  /** Gestures the server already has (a save whose response was lost): saved, not dropped. */
  alreadySaved: number;
}

const NODE_FIELDS: readonly NodeField[] = ["title", "person", "role", "kind", "collapsed"];

/**
 * Replays our pending gestures on top of the server's chart after a 409, without silently
 * clobbering what a colleague changed between our `base` and `server`:
 * - a node field both sides changed keeps the colleague's value (reported); fields only we
 *   changed are kept, so "they changed the person, we changed the title" keeps both;
 * - a responsibility list is merged item by item (by id) with mergeResponsibilities; when both
 *   changed the same item, the colleague's list is kept (reported);
 * - adding something that already exists, or removing something already gone, is already done
 *   (ids are random, so an existing id is our own lost save), and a gesture that changes nothing
 *   any more counts as already saved;
 * - a gesture that no longer applies at all (its node was deleted) is dropped, with the reason.
 * Positions and line kinds stay last-writer-wins.
 */
export function rebasePending(base: Chart, server: Chart, pending: readonly (readonly ChartOp[])[]): RebaseOutcome {
  // Our own chain: the chart before each pending gesture, and our final local chart.
  const before: Chart[] = [];
  let local: Chart = base;
  for (const gesture of pending) {
    before.push(local);
    const result = applyOps(local, gesture);
    if (result.ok) local = result.chart;
  }

  const outcome: RebaseOutcome = { chart: server, kept: [], dropped: [], theirs: [], alreadySaved: 0 };
  const ctx = { base: nodeMap(base), server: nodeMap(server), local: nodeMap(local), baseName: base.name, serverName: server.name, localName: local.name };
  pending.forEach((gesture, k) => {
    const old = before[k] as Chart;
    const current = outcome.chart;
    const conflictsBefore = outcome.theirs.length;
    const ops = resolveGesture(gesture, old, current, ctx, outcome.theirs);
    const reportedConflict = outcome.theirs.length > conflictsBefore;
    if (ops.length === 0) {
      if (!reportedConflict) outcome.alreadySaved++;
      return;
    }
    const result = applyOps(current, ops);
    if (!result.ok) {
      outcome.dropped.push(withLabels(result.error, old));
      return;
    }
    if (isEmptyDiff(diffCharts(current, result.chart))) {
      if (!reportedConflict) outcome.alreadySaved++;
      return;
    }
    outcome.chart = result.chart;
    outcome.kept.push(ops);
  });
  outcome.theirs = dedupe(outcome.theirs);
  return outcome;
}

interface Context {
  base: Map<string, OrgNode>;
  server: Map<string, OrgNode>;
  local: Map<string, OrgNode>;
  baseName: string;
  serverName: string;
  localName: string;
}

function resolveGesture(gesture: readonly ChartOp[], old: Chart, current: Chart, ctx: Context, theirs: KeptTheirs[]): ChartOp[] {
  const nodes = nodeMap(current);
  const edges = new Set(current.edges.map((edge) => edge.id));
  // Ids added earlier in this gesture: later ops of the gesture may refer to them.
  const addedNodes = new Set<string>();
  const oldNodes = nodeMap(old);
  const out: ChartOp[] = [];
  for (const op of gesture) {
    switch (op.type) {
      case "addNode":
        if (nodes.has(op.node.id)) continue;
        addedNodes.add(op.node.id);
        out.push(op);
        continue;
      case "addEdge":
        if (!edges.has(op.edge.id)) out.push(op);
        continue;
      case "removeNode":
        if (nodes.has(op.id) || addedNodes.has(op.id)) out.push(op);
        continue;
      case "removeEdge":
        if (edges.has(op.id)) out.push(op);
        continue;
      case "moveNodes": {
        const moves = op.moves.filter((move) => nodes.has(move.id) || addedNodes.has(move.id));
        if (moves.length > 0) out.push(moves.length === op.moves.length ? op : { type: "moveNodes", moves });
        continue;
      }
      case "updateNode": {
        const patch = resolvePatch(op, nodes.get(op.id), ctx, theirs);
        if (patch !== null) out.push(patch);
        continue;
      }
      case "setResponsibilities": {
        const node = nodes.get(op.nodeId);
        const mine = oldNodes.get(op.nodeId);
        if (node === undefined || mine === undefined) {
          out.push(op);
          continue;
        }
        const merged = mergeResponsibilities(mine.responsibilities, op.responsibilities, node.responsibilities);
        if (merged === null) {
          theirs.push({ node: nodeLabel(node), field: "responsibilities" });
          continue;
        }
        if (!sameResponsibilities(merged, node.responsibilities)) out.push({ ...op, responsibilities: merged });
        continue;
      }
      case "renameChart": {
        const serverChanged = ctx.serverName !== ctx.baseName && ctx.serverName !== ctx.localName;
        if (serverChanged && op.name !== current.name) {
          theirs.push({ node: current.name, field: "name" });
          continue;
        }
        out.push(op);
        continue;
      }
      default:
        out.push(op);
    }
  }
  return out;
}

/** Drops from the patch each field the server changed to something other than our final value. */
function resolvePatch(op: Extract<ChartOp, { type: "updateNode" }>, node: OrgNode | undefined, ctx: Context, theirs: KeptTheirs[]): ChartOp | null {
  const baseNode = ctx.base.get(op.id);
  const serverNode = ctx.server.get(op.id);
  // Unknown now: leave it, applyOps reports it. Ours (not in base): nobody else changed it.
  if (node === undefined || baseNode === undefined || serverNode === undefined) return op;
  const localNode = ctx.local.get(op.id);
  const patch: Extract<ChartOp, { type: "updateNode" }>["patch"] = {};
  let changed = false;
  for (const field of NODE_FIELDS) {
    const value = op.patch[field];
    if (value === undefined) continue;
    const serverChanged = serverNode[field] !== baseNode[field];
    if (serverChanged && value !== node[field]) {
      // The server already has our final value (our save got through): nothing to report.
      if (localNode?.[field] !== serverNode[field]) theirs.push({ node: nodeLabel(node), field });
      continue;
    }
    (patch as Record<NodeField, unknown>)[field] = value;
    changed = true;
  }
  if (!changed) return null;
  return { type: "updateNode", id: op.id, patch };
}

/**
 * Three-way merge of a responsibility list by item id: `before` is the list our gesture started
 * from, `ours` what it set, `theirs` the list now (the server's, plus our earlier rebased
 * gestures). Our additions, removals, edits (text and duty separately) and reordering are
 * replayed onto `theirs`. Returns null when both sides changed the same thing (the same field of
 * an item, an item one side removed and the other edited, the order) or the result is too long.
 */
export function mergeResponsibilities(
  before: readonly Responsibility[],
  ours: readonly Responsibility[],
  theirs: readonly Responsibility[],
  maxItems = 100,
): Responsibility[] | null {
  if (sameResponsibilities(theirs, before) || sameResponsibilities(ours, theirs)) return [...ours];
  if (sameResponsibilities(ours, before)) return [...theirs];
  const beforeById = new Map(before.map((r) => [r.id, r]));
  const oursById = new Map(ours.map((r) => [r.id, r]));
  const theirsById = new Map(theirs.map((r) => [r.id, r]));
  let result = [...theirs];

  for (const old of before) {
    const mine = oursById.get(old.id);
    const their = theirsById.get(old.id);
    if (mine === undefined) {
      // We removed it: fine unless they edited it meanwhile.
      if (their === undefined) continue;
      if (!sameItem(their, old)) return null;
      result = result.filter((r) => r.id !== old.id);
      continue;
    }
    if (sameItem(mine, old)) continue;
    if (their === undefined) return null;
    let merged: Responsibility = their;
    for (const field of ["text", "duty"] as const) {
      if (mine[field] === old[field]) continue;
      if (their[field] !== old[field] && their[field] !== mine[field]) return null;
      merged = withField(merged, field, mine[field]);
    }
    result = result.map((r) => (r.id === old.id ? merged : r));
  }

  // Our reordering of the items both lists kept, unless they reordered them too.
  const common = ours.filter((r) => beforeById.has(r.id) && result.some((s) => s.id === r.id)).map((r) => r.id);
  const commonSet = new Set(common);
  const beforeOrder = before.filter((r) => commonSet.has(r.id)).map((r) => r.id);
  const theirOrder = result.filter((r) => commonSet.has(r.id)).map((r) => r.id);
  if (!sameIds(common, beforeOrder)) {
    if (!sameIds(theirOrder, beforeOrder)) return null;
    const byId = new Map(result.map((r) => [r.id, r]));
    let next = 0;
    result = result.map((r) => (commonSet.has(r.id) ? (byId.get(common[next++] as string) as Responsibility) : r));
  }

  // Our additions go right after the item that precedes them in our list.
  for (const [i, mine] of ours.entries()) {
    if (beforeById.has(mine.id)) continue;
    const their = theirsById.get(mine.id);
    if (their !== undefined) {
      if (!sameItem(their, mine)) return null;
      continue;
    }
    let at = 0;
    for (let j = i - 1; j >= 0; j--) {
      const index = result.findIndex((r) => r.id === (ours[j] as Responsibility).id);
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    result.splice(at, 0, mine);
  }
  return result.length > maxItems ? null : result;
}

function withField(item: Responsibility, field: "text" | "duty", value: Responsibility["text"] | Responsibility["duty"]): Responsibility {
  if (field === "text") return { ...item, text: value as string };
  const { duty: _unused, ...rest } = item;
  void _unused;
  return value === undefined ? rest : { ...rest, duty: value };
}

function sameItem(a: Responsibility, b: Responsibility): boolean {
  return a.id === b.id && a.text === b.text && a.duty === b.duty;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function sameResponsibilities(a: readonly Responsibility[], b: readonly Responsibility[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => sameItem(r, b[i] as Responsibility)));
}

function nodeMap(chart: Chart): Map<string, OrgNode> {
  return new Map(chart.nodes.map((node) => [node.id, node]));
}

/** Names the node of an "unknown node" error by its title in our chart: it is gone from theirs. */
function withLabels(error: OpError, ours: Chart): OpError {
  if (error.code !== "unknown-node" || error.labels[error.id] !== undefined) return error;
  const node = ours.nodes.find((n) => n.id === error.id);
  return node === undefined ? error : { ...error, labels: { ...error.labels, [error.id]: nodeLabel(node) } };
}

function dedupe(list: KeptTheirs[]): KeptTheirs[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = `${item.node}\u0000${item.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
