import { chartOpSchema, NODE_FIELDS, EDGE_FIELDS, type ChartOp, type EdgePatch, type NodePatch } from "./chart-ops";
import { CHART_LIMITS } from "./limits";
import type { StructureError } from "./find-structure-errors";
import type { Chart, OrgEdge, OrgNode, Position, Responsibility } from "./types";

/** Caps on user-entered values (lib/org/limits.ts), shared with the parser, the server and the UI. */
export const OP_LIMITS = CHART_LIMITS;

export type ValueProblem = "blank" | "too-long" | "too-many" | "not-allowed" | "duplicate";

/**
 * Why an operation was refused: a code and its parameters, plain JSON so the server returns it as
 * is and each client words it in its own language (lib/sync/describe-op-reason.ts). `labels`
 * holds the display name of every node the reason mentions, captured when it happened: the nodes
 * may not exist in any chart the reader still has.
 */
export type OpReason = { labels: Record<string, string> } & (
  | { code: "invalid-op" }
  | { code: "unknown-node"; id: string }
  | { code: "unknown-edge"; id: string }
  | { code: "unknown-responsibility"; nodeId: string; id: string }
  | { code: "duplicate-id"; id: string; of: "node" | "edge" | "responsibility" }
  | { code: "invalid-value"; field: string; problem: ValueProblem; limit?: number }
  | { code: "structure"; structure: StructureError }
);

/** A refusal inside a batch: the reason and which op it was. */
export type OpError = OpReason & { opIndex: number };
export type OpErrorCode = OpError["code"];

/** Distributes Omit over the union so each variant keeps its own fields. */

export type ApplyOpsResult<C extends Chart = Chart> = { ok: true; chart: C } | { ok: false; error: OpError };

/** Read access to the chart as it is just before an op runs, for callers that observe a run. */
export interface ChartStateView {
  readonly name: string;
  node(id: string): OrgNode | undefined;
  nodeIndex(id: string): number;
  edge(id: string): OrgEdge | undefined;
  edgeIndex(id: string): number;
  /** Lines touching the node, with their index in `edges`, ascending. */
  edgesTouching(nodeId: string): { edge: OrgEdge; index: number }[];
}

/**
 * Applies a batch of ops to an immutable chart. Either every op applies or none does.
 * Unchanged nodes and lines keep their identity, and an untouched array is shared, so a
 * keystroke on a 10,000-node chart copies one array of pointers and one node.
 *
 * References (unknown ids, duplicate ids, bad values, self-loops) are checked op by op against
 * the chart as it is at that op. Structure (repeated lines, two managers, cycles) is checked on
 * the result, and only around the lines the batch added or changed: removing things cannot
 * create a structural error, and a batch that touches no line skips the check entirely.
 */
export function applyOps<C extends Chart>(chart: C, ops: readonly ChartOp[]): ApplyOpsResult<C> {
  return runOps(chart, ops);
}

/**
 * applyOps with a hook called just before each op mutates the draft (after it validated).
 * invertOps uses it to read what the op is about to overwrite.
 */
export function runOps<C extends Chart>(
  chart: C,
  ops: readonly ChartOp[],
  beforeEach?: (op: ChartOp, state: ChartStateView) => void,
): ApplyOpsResult<C> {
  if (ops.length === 0) return { ok: true, chart };
  const draft = new Draft(chart);
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as ChartOp;
    const error = draft.apply(op, i, beforeEach);
    if (error !== null) return { ok: false, error };
  }
  const structural = draft.checkTouchedStructure();
  if (structural !== null) return { ok: false, error: structural };
  return { ok: true, chart: { ...chart, name: draft.name, nodes: draft.nodes, edges: draft.edges } };
}

/** How a node is named in messages: its title, plus the person when there is one. */
export function nodeLabel(node: Pick<OrgNode, "title" | "person">): string {
  return node.person ? `${node.title} (${node.person})` : node.title;
}

/**
 * A keystroke batch looks up one or two ids: scanning is far cheaper than building a 10,000-entry
 * map. Past this many lookups in one batch (a drag of many nodes), the map pays for itself.
 */
const LINEAR_LOOKUPS = 8;

class Draft implements ChartStateView {
  name: string;
  nodes: OrgNode[];
  edges: OrgEdge[];
  private nodesOwned = false;
  private edgesOwned = false;
  private nodePositions: Map<string, number> | null = null;
  private edgePositions: Map<string, number> | null = null;
  private nodeLookups = 0;
  private edgeLookups = 0;
  /** Lines added or changed by the batch, with the index of the op that last did so. */
  private readonly touchedEdges = new Map<string, number>();

  constructor(chart: Chart) {
    this.name = chart.name;
    this.nodes = chart.nodes;
    this.edges = chart.edges;
  }

  node(id: string): OrgNode | undefined {
    const i = this.nodeIndex(id);
    return i < 0 ? undefined : this.nodes[i];
  }

  nodeIndex(id: string): number {
    if (this.nodePositions === null && this.nodeLookups++ < LINEAR_LOOKUPS) return this.nodes.findIndex((n) => n.id === id);
    this.nodePositions ??= positionsOf(this.nodes);
    return this.nodePositions.get(id) ?? -1;
  }

  edge(id: string): OrgEdge | undefined {
    const i = this.edgeIndex(id);
    return i < 0 ? undefined : this.edges[i];
  }

  edgeIndex(id: string): number {
    if (this.edgePositions === null && this.edgeLookups++ < LINEAR_LOOKUPS) return this.edges.findIndex((e) => e.id === id);
    this.edgePositions ??= positionsOf(this.edges);
    return this.edgePositions.get(id) ?? -1;
  }

  edgesTouching(nodeId: string): { edge: OrgEdge; index: number }[] {
    const touching: { edge: OrgEdge; index: number }[] = [];
    this.edges.forEach((edge, index) => {
      if (edge.source === nodeId || edge.target === nodeId) touching.push({ edge, index });
    });
    return touching;
  }

  apply(op: ChartOp, opIndex: number, beforeEach?: (op: ChartOp, state: ChartStateView) => void): OpError | null {
    const error = this.validate(op, opIndex);
    if (error !== null) return error;
    beforeEach?.(op, this);
    this.mutate(op, opIndex);
    return null;
  }

  private validate(op: ChartOp, opIndex: number): OpError | null {
    const at = { opIndex, labels: {} };
    // Ops reach applyOps from the network and from the UI alike: the schema is the one judge of shapes.
    const parsed = chartOpSchema.safeParse(op);
    if (!parsed.success) return { ...at, ...valueProblem(parsed.error.issues) };
    const unknownNode = (id: string): OpError => ({ ...at, code: "unknown-node", id });
    const nodeThen = (nodeId: string, then: (node: OrgNode) => OpError | null): OpError | null => {
      const node = this.node(nodeId);
      return node === undefined ? unknownNode(nodeId) : then(node);
    };
    const unknownItem = (node: OrgNode, id: string): OpError | null =>
      node.responsibilities.some((r) => r.id === id)
        ? null
        : { ...at, labels: { [node.id]: nodeLabel(node) }, code: "unknown-responsibility", nodeId: node.id, id };
    switch (op.type) {
      case "addNode":
        return this.nodeIndex(op.node.id) >= 0 ? { ...at, code: "duplicate-id", id: op.node.id, of: "node" } : null;
      case "updateNode":
      case "removeNode":
        return this.nodeIndex(op.id) < 0 ? unknownNode(op.id) : null;
      case "moveNodes":
        for (const move of op.moves) if (this.nodeIndex(move.id) < 0) return unknownNode(move.id);
        return null;
      case "addEdge":
        if (this.edgeIndex(op.edge.id) >= 0) return { ...at, code: "duplicate-id", id: op.edge.id, of: "edge" };
        return this.checkEndpoints(op.edge, opIndex);
      case "updateEdge": {
        const edge = this.edge(op.id);
        if (edge === undefined) return { ...at, code: "unknown-edge", id: op.id };
        return this.checkEndpoints(patchEdge(edge, op.patch), opIndex);
      }
      case "removeEdge":
        return this.edgeIndex(op.id) < 0 ? { ...at, code: "unknown-edge", id: op.id } : null;
      case "addResponsibility":
        return nodeThen(op.nodeId, (node) => {
          if (node.responsibilities.some((r) => r.id === op.responsibility.id)) {
            return { ...at, code: "duplicate-id", id: op.responsibility.id, of: "responsibility" };
          }
          if (node.responsibilities.length >= OP_LIMITS.responsibilities) {
            return { ...at, code: "invalid-value", field: "responsibilities", problem: "too-many", limit: OP_LIMITS.responsibilities };
          }
          return null;
        });
      case "setResponsibilityText":
      case "setResponsibilityDuty":
      case "moveResponsibility":
      case "removeResponsibility":
        return nodeThen(op.nodeId, (node) => unknownItem(node, op.id));
      case "setResponsibilities":
        return nodeThen(op.nodeId, () => null);
      case "renameChart":
        return null;
    }
  }

  private checkEndpoints(edge: OrgEdge, opIndex: number): OpError | null {
    for (const id of [edge.source, edge.target]) {
      if (this.nodeIndex(id) < 0) return { opIndex, labels: {}, code: "unknown-node", id };
    }
    if (edge.source === edge.target) {
      return { opIndex, labels: this.labelsOf([edge.source]), code: "structure", structure: { code: "self-loop", edgeId: edge.id, nodeId: edge.source } };
    }
    return null;
  }

  private mutate(op: ChartOp, opIndex: number): void {
    switch (op.type) {
      case "addNode":
        this.insertNode(op.node, op.index);
        return;
      case "updateNode": {
        const i = this.nodeIndex(op.id);
        const node = this.nodes[i] as OrgNode;
        const next = patchNode(node, op.patch);
        if (next !== node) this.ownNodes()[i] = next;
        return;
      }
      case "removeNode": {
        const touching = this.edgesTouching(op.id);
        for (let k = touching.length - 1; k >= 0; k--) this.removeEdgeAt((touching[k] as { index: number }).index);
        this.removeNodeAt(this.nodeIndex(op.id));
        return;
      }
      case "moveNodes":
        for (const move of op.moves) {
          const i = this.nodeIndex(move.id);
          const node = this.nodes[i] as OrgNode;
          if (!samePosition(node.position, move.position)) this.ownNodes()[i] = { ...node, position: move.position };
        }
        return;
      case "addEdge":
        this.insertEdge(op.edge, op.index);
        this.touchedEdges.set(op.edge.id, opIndex);
        return;
      case "updateEdge": {
        const i = this.edgeIndex(op.id);
        const edge = this.edges[i] as OrgEdge;
        const next = patchEdge(edge, op.patch);
        if (next !== edge) {
          this.ownEdges()[i] = next;
          this.touchedEdges.set(op.id, opIndex);
        }
        return;
      }
      case "removeEdge":
        this.removeEdgeAt(this.edgeIndex(op.id));
        return;
      case "addResponsibility":
        this.editResponsibilities(op.nodeId, (list) => {
          const at = Math.min(op.index ?? list.length, list.length);
          return [...list.slice(0, at), op.responsibility, ...list.slice(at)];
        });
        return;
      case "setResponsibilityText":
        this.editResponsibilities(op.nodeId, (list) => list.map((r) => (r.id === op.id && r.text !== op.text ? { ...r, text: op.text } : r)));
        return;
      case "setResponsibilityDuty":
        this.editResponsibilities(op.nodeId, (list) => list.map((r) => (r.id === op.id ? withDuty(r, op.duty) : r)));
        return;
      case "moveResponsibility":
        this.editResponsibilities(op.nodeId, (list) => {
          const from = list.findIndex((r) => r.id === op.id);
          const rest = list.filter((_, k) => k !== from);
          const to = Math.min(op.index, rest.length);
          return [...rest.slice(0, to), list[from] as Responsibility, ...rest.slice(to)];
        });
        return;
      case "removeResponsibility":
        this.editResponsibilities(op.nodeId, (list) => list.filter((r) => r.id !== op.id));
        return;
      case "setResponsibilities":
        this.editResponsibilities(op.nodeId, () => op.responsibilities);
        return;
      case "renameChart":
        this.name = op.name;
        return;
    }
  }

  /**
   * The lines the batch added or changed are the only places a structural error can appear,
   * so check around them on the final state: repeated line, second manager, and a cycle, which
   * must pass through one of them because the chart before the batch had none.
   */
  checkTouchedStructure(): OpError | null {
    const touched = [...this.touchedEdges]
      .map(([id, opIndex]) => ({ edge: this.edge(id), opIndex }))
      .filter((t): t is { edge: OrgEdge; opIndex: number } => t.edge !== undefined)
      .sort((a, b) => a.opIndex - b.opIndex);
    if (touched.length === 0) return null;

    // One pass over the lines: those into the new lines' reports, and (for the cycle walk) every
    // node's manager. No per-line string keys: this runs on every connect of a 10,000-node chart.
    const targets = new Set(touched.map((t) => t.edge.target));
    const needManagers = touched.some((t) => t.edge.kind === "reports-to");
    const linesInto = new Map<string, OrgEdge[]>();
    const managerOf = new Map<string, string>();
    for (const edge of this.edges) {
      if (targets.has(edge.target)) {
        const lines = linesInto.get(edge.target);
        if (lines === undefined) linesInto.set(edge.target, [edge]);
        else lines.push(edge);
      }
      if (needManagers && edge.kind === "reports-to" && !managerOf.has(edge.target)) managerOf.set(edge.target, edge.source);
    }

    // When two new lines clash, blame the later op: the earlier one was fine when it was made.
    const clashes = (edge: OrgEdge, opIndex: number, other: OrgEdge) =>
      other.id !== edge.id && (this.touchedEdges.get(other.id) ?? -1) <= opIndex;
    for (const { edge, opIndex } of touched) {
      const into = linesInto.get(edge.target) ?? [];
      if (into.some((other) => other.source === edge.source && other.kind === edge.kind && clashes(edge, opIndex, other))) {
        return {
          opIndex,
          labels: this.labelsOf([edge.source, edge.target]),
          code: "structure",
          structure: { code: "duplicate-edge", edgeId: edge.id, source: edge.source, target: edge.target },
        };
      }
      if (edge.kind !== "reports-to") continue;
      const other = into.find((line) => line.kind === "reports-to" && clashes(edge, opIndex, line));
      if (other !== undefined) {
        return {
          opIndex,
          labels: this.labelsOf([edge.target, other.source, edge.source]),
          code: "structure",
          structure: { code: "two-managers", nodeId: edge.target, managers: [other.source, edge.source] },
        };
      }
    }

    // Every node now has at most one manager. Walk up from each new line's manager; meeting the
    // line's report means the line closed a loop. Nodes proven to reach a root are not walked again.
    const reachesRoot = new Set<string>();
    for (const { edge, opIndex } of touched) {
      if (edge.kind !== "reports-to") continue;
      const path: string[] = [];
      const onPath = new Set<string>();
      let current: string | undefined = edge.source;
      while (current !== undefined && !reachesRoot.has(current) && !onPath.has(current)) {
        if (current === edge.target) {
          const nodeIds = [edge.target, ...path];
          return { opIndex, labels: this.labelsOf(nodeIds), code: "structure", structure: { code: "cycle", nodeIds } };
        }
        path.push(current);
        onPath.add(current);
        current = managerOf.get(current);
      }
      // A walk that looped without meeting this line's report found a loop closed by another
      // new line; that line's own walk reports it. Only walks that ended at a root prove anything.
      if (current === undefined || reachesRoot.has(current)) for (const id of path) reachesRoot.add(id);
    }
    return null;
  }

  private labelsOf(ids: readonly string[]): Record<string, string> {
    const labels: Record<string, string> = {};
    for (const id of ids) {
      const node = this.node(id);
      if (node !== undefined) labels[id] = nodeLabel(node);
    }
    return labels;
  }

  /** Replaces a node's list; a result equal item by item keeps the node as it was. */
  private editResponsibilities(nodeId: string, edit: (list: readonly Responsibility[]) => Responsibility[]): void {
    const i = this.nodeIndex(nodeId);
    const node = this.nodes[i] as OrgNode;
    const next = edit(node.responsibilities);
    if (next.length === node.responsibilities.length && next.every((r, k) => r === node.responsibilities[k])) return;
    this.ownNodes()[i] = { ...node, responsibilities: next };
  }

  private ownNodes(): OrgNode[] {
    if (!this.nodesOwned) {
      this.nodes = this.nodes.slice();
      this.nodesOwned = true;
    }
    return this.nodes;
  }

  private ownEdges(): OrgEdge[] {
    if (!this.edgesOwned) {
      this.edges = this.edges.slice();
      this.edgesOwned = true;
    }
    return this.edges;
  }

  private insertNode(node: OrgNode, index: number | undefined): void {
    const nodes = this.ownNodes();
    const at = Math.min(index ?? nodes.length, nodes.length);
    nodes.splice(at, 0, node);
    this.nodePositions = reindexFrom(this.nodePositions, nodes, at);
  }

  private removeNodeAt(at: number): void {
    const nodes = this.ownNodes();
    const [removed] = nodes.splice(at, 1);
    if (removed !== undefined) this.nodePositions?.delete(removed.id);
    this.nodePositions = reindexFrom(this.nodePositions, nodes, at);
  }

  private insertEdge(edge: OrgEdge, index: number | undefined): void {
    const edges = this.ownEdges();
    const at = Math.min(index ?? edges.length, edges.length);
    edges.splice(at, 0, edge);
    this.edgePositions = reindexFrom(this.edgePositions, edges, at);
  }

  private removeEdgeAt(at: number): void {
    const edges = this.ownEdges();
    const [removed] = edges.splice(at, 1);
    if (removed !== undefined) {
      this.edgePositions?.delete(removed.id);
      this.touchedEdges.delete(removed.id);
    }
    this.edgePositions = reindexFrom(this.edgePositions, edges, at);
  }
}

function positionsOf(items: readonly { id: string }[]): Map<string, number> {
  const positions = new Map<string, number>();
  items.forEach((item, i) => positions.set(item.id, i));
  return positions;
}

/** After a splice at `from`, only the items from there on moved; appends cost O(1). */
function reindexFrom(positions: Map<string, number> | null, items: readonly { id: string }[], from: number): Map<string, number> | null {
  if (positions === null) return null;
  for (let i = from; i < items.length; i++) positions.set((items[i] as { id: string }).id, i);
  return positions;
}

/** Returns the same node when the patch changes nothing, so memoised UI does not re-render. */
function patchNode(node: OrgNode, patch: NodePatch): OrgNode {
  let next = node;
  for (const key of NODE_FIELDS) {
    const value = patch[key];
    if (value !== undefined && value !== node[key]) next = { ...next, [key]: value };
  }
  return next;
}

function patchEdge(edge: OrgEdge, patch: EdgePatch): OrgEdge {
  let next = edge;
  for (const key of EDGE_FIELDS) {
    const value = patch[key];
    if (value !== undefined && value !== edge[key]) next = { ...next, [key]: value };
  }
  return next;
}

function samePosition(a: Position | null, b: Position | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

/** Sets or clears the user's duty decision (absent: the classifier decides again). */
function withDuty(r: Responsibility, duty: string | null | undefined): Responsibility {
  if (r.duty === duty && (duty !== undefined || !("duty" in r))) return r;
  const { duty: _old, ...rest } = r;
  void _old;
  return duty === undefined ? rest : { ...rest, duty };
}

/** The first schema issue as a field and a problem the UI can word. */
function valueProblem(issues: readonly { code: string; path: readonly PropertyKey[]; maximum?: unknown; origin?: string; params?: unknown }[]):
  | { code: "invalid-op" }
  | { code: "invalid-value"; field: string; problem: ValueProblem; limit?: number } {
  const issue = issues[0];
  if (issue === undefined) return { code: "invalid-op" };
  const keys = issue.path.filter((key): key is string => typeof key === "string");
  const last = keys[keys.length - 1];
  if (last === undefined || last === "type") return { code: "invalid-op" };
  const inResponsibility = keys.includes("responsibilities") || keys.includes("responsibility");
  const field = keys.includes("position")
    ? "position"
    : last === "responsibilities"
      ? "responsibilities"
      : inResponsibility && ["id", "text", "duty"].includes(last)
        ? `responsibility.${last}`
        : last;
  const params = (issue.params ?? {}) as { problem?: ValueProblem };
  if (params.problem !== undefined) return { code: "invalid-value", field: params.problem === "duplicate" ? "responsibility.id" : field, problem: params.problem };
  if (issue.code === "too_big" && typeof issue.maximum === "number") {
    return { code: "invalid-value", field, problem: issue.origin === "array" ? "too-many" : "too-long", limit: issue.maximum };
  }
  return { code: "invalid-value", field, problem: "not-allowed" };
}
