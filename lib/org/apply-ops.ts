import type { ChartOp } from "./chart-ops";
import { CHART_LIMITS } from "./limits";
import type { Lang, StructureError } from "./find-structure-errors";
import type { Chart, OrgEdge, OrgNode, Position, Responsibility } from "./types";

/** Caps on user-entered values (lib/org/limits.ts), shared with the parser, the server and the UI. */
export const OP_LIMITS = CHART_LIMITS;

export type ValueProblem = "blank" | "too-long" | "too-many" | "not-allowed" | "duplicate";

/**
 * Why a batch was refused. Plain JSON so the server can return it as is. `labels` holds the
 * display name of every node the error mentions, captured when it happened: the nodes may not
 * exist in any chart the caller still has (added earlier in the same batch).
 */
export type OpError = { opIndex: number; message: string; labels: Record<string, string> } & (
  | { code: "invalid-op" }
  | { code: "unknown-node"; id: string }
  | { code: "unknown-edge"; id: string }
  | { code: "duplicate-id"; id: string; of: "node" | "edge" }
  | { code: "invalid-value"; field: string; problem: ValueProblem; limit?: number }
  | { code: "structure"; structure: StructureError }
);

export type OpErrorCode = OpError["code"];

/** Distributes Omit over the union so each variant keeps its own fields. */
type OpErrorDraft = OpError extends infer E ? (E extends OpError ? Omit<E, "message"> : never) : never;

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
    if (error !== null) return { ok: false, error: withMessage(error) };
  }
  const structural = draft.checkTouchedStructure();
  if (structural !== null) return { ok: false, error: withMessage(structural) };
  return { ok: true, chart: { ...chart, name: draft.name, nodes: draft.nodes, edges: draft.edges } };
}

/** How a node is named in messages: its title, plus the person when there is one. */
export function nodeLabel(node: Pick<OrgNode, "title" | "person">): string {
  return node.person ? `${node.title} (${node.person})` : node.title;
}

function withMessage(draft: OpErrorDraft): OpError {
  return { ...draft, message: describeOpError(draft, "en") } as OpError;
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

  apply(op: ChartOp, opIndex: number, beforeEach?: (op: ChartOp, state: ChartStateView) => void): OpErrorDraft | null {
    const error = this.validate(op, opIndex);
    if (error !== null) return error;
    beforeEach?.(op, this);
    this.mutate(op, opIndex);
    return null;
  }

  private validate(op: ChartOp, opIndex: number): OpErrorDraft | null {
    const at = { opIndex, labels: {} };
    const bad = (field: string, problem: ValueProblem, limit?: number): OpErrorDraft =>
      limit === undefined ? { ...at, code: "invalid-value", field, problem } : { ...at, code: "invalid-value", field, problem, limit };
    const unknownNode = (id: string): OpErrorDraft => ({ ...at, code: "unknown-node", id });
    const unknownEdge = (id: string): OpErrorDraft => ({ ...at, code: "unknown-edge", id });
    const problem = (p: FieldProblem | null): OpErrorDraft | null => (p === null ? null : bad(p.field, p.problem, p.limit));

    if (!isObject(op)) return { ...at, code: "invalid-op" };
    switch (op.type) {
      case "addNode": {
        if (!isObject(op.node)) return { ...at, code: "invalid-op" };
        const p = checkNode(op.node) ?? checkIndex(op.index);
        if (p !== null) return problem(p);
        if (this.nodeIndex(op.node.id) >= 0) return { ...at, code: "duplicate-id", id: op.node.id, of: "node" };
        return null;
      }
      case "updateNode": {
        if (typeof op.id !== "string" || !isObject(op.patch)) return { ...at, code: "invalid-op" };
        const p = checkNodePatch(op.patch);
        if (p !== null) return problem(p);
        return this.nodeIndex(op.id) < 0 ? unknownNode(op.id) : null;
      }
      case "removeNode":
        if (typeof op.id !== "string") return { ...at, code: "invalid-op" };
        return this.nodeIndex(op.id) < 0 ? unknownNode(op.id) : null;
      case "moveNodes": {
        if (!Array.isArray(op.moves)) return { ...at, code: "invalid-op" };
        for (const move of op.moves) {
          if (!isObject(move) || typeof move.id !== "string") return { ...at, code: "invalid-op" };
          const p = checkPosition("position", move.position);
          if (p !== null) return problem(p);
          if (this.nodeIndex(move.id) < 0) return unknownNode(move.id);
        }
        return null;
      }
      case "addEdge": {
        if (!isObject(op.edge)) return { ...at, code: "invalid-op" };
        const p = checkEdge(op.edge) ?? checkIndex(op.index);
        if (p !== null) return problem(p);
        if (this.edgeIndex(op.edge.id) >= 0) return { ...at, code: "duplicate-id", id: op.edge.id, of: "edge" };
        return this.checkEndpoints(op.edge, opIndex);
      }
      case "updateEdge": {
        if (typeof op.id !== "string" || !isObject(op.patch)) return { ...at, code: "invalid-op" };
        const p = checkEdgePatch(op.patch);
        if (p !== null) return problem(p);
        const edge = this.edge(op.id);
        if (edge === undefined) return unknownEdge(op.id);
        return this.checkEndpoints(patchEdge(edge, op.patch), opIndex);
      }
      case "removeEdge":
        if (typeof op.id !== "string") return { ...at, code: "invalid-op" };
        return this.edgeIndex(op.id) < 0 ? unknownEdge(op.id) : null;
      case "setResponsibilities": {
        if (typeof op.nodeId !== "string") return { ...at, code: "invalid-op" };
        const p = checkResponsibilities(op.responsibilities);
        if (p !== null) return problem(p);
        return this.nodeIndex(op.nodeId) < 0 ? unknownNode(op.nodeId) : null;
      }
      case "renameChart":
        return problem(checkText("name", op.name, OP_LIMITS.chartName, false));
      default:
        return { ...at, code: "invalid-op" };
    }
  }

  private checkEndpoints(edge: OrgEdge, opIndex: number): OpErrorDraft | null {
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
      case "setResponsibilities": {
        const i = this.nodeIndex(op.nodeId);
        const node = this.nodes[i] as OrgNode;
        this.ownNodes()[i] = { ...node, responsibilities: op.responsibilities };
        return;
      }
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
  checkTouchedStructure(): OpErrorDraft | null {
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

const NODE_PATCH_KEYS = new Set(["title", "person", "role", "kind", "collapsed"]);
const EDGE_PATCH_KEYS = new Set(["source", "target", "kind"]);

type NodePatch = Extract<ChartOp, { type: "updateNode" }>["patch"];
type EdgePatch = Extract<ChartOp, { type: "updateEdge" }>["patch"];

/** Returns the same node when the patch changes nothing, so memoised UI does not re-render. */
function patchNode(node: OrgNode, patch: NodePatch): OrgNode {
  let next = node;
  for (const key of ["title", "person", "role", "kind", "collapsed"] as const) {
    const value = patch[key];
    if (value !== undefined && value !== node[key]) next = { ...next, [key]: value };
  }
  return next;
}

function patchEdge(edge: OrgEdge, patch: EdgePatch): OrgEdge {
  let next = edge;
  for (const key of ["source", "target", "kind"] as const) {
    const value = patch[key];
    if (value !== undefined && value !== edge[key]) next = { ...next, [key]: value };
  }
  return next;
}

function samePosition(a: Position | null, b: Position | null): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

// --- value checks. Ops arrive as JSON from the network, so nothing is trusted to match its type.

interface FieldProblem {
  field: string;
  problem: ValueProblem;
  limit?: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkText(field: string, value: unknown, max: number, nullable: boolean): FieldProblem | null {
  if (value === null && nullable) return null;
  if (typeof value !== "string") return { field, problem: "not-allowed" };
  // A blank person or role would read as "someone" to the rules; the UI sends null for "none".
  if (value.trim() === "") return { field, problem: "blank" };
  if (value.length > max) return { field, problem: "too-long", limit: max };
  return null;
}

function checkId(field: string, value: unknown): FieldProblem | null {
  return checkText(field, value, OP_LIMITS.id, false);
}

function checkIndex(index: unknown): FieldProblem | null {
  if (index === undefined) return null;
  return typeof index === "number" && Number.isInteger(index) && index >= 0 ? null : { field: "index", problem: "not-allowed" };
}

function checkPosition(field: string, value: unknown): FieldProblem | null {
  if (value === null) return null;
  if (isObject(value) && Number.isFinite(value.x) && Number.isFinite(value.y)) return null;
  return { field, problem: "not-allowed" };
}

function checkKind(field: string, value: unknown, allowed: readonly string[]): FieldProblem | null {
  return typeof value === "string" && allowed.includes(value) ? null : { field, problem: "not-allowed" };
}

const NODE_KINDS = ["role", "department"] as const;
const EDGE_KINDS = ["reports-to", "dotted"] as const;

function checkNodeFields(fields: Record<string, unknown>, partial: boolean): FieldProblem | null {
  const has = (key: string) => !partial || fields[key] !== undefined;
  return (
    (has("title") ? checkText("title", fields.title, OP_LIMITS.title, false) : null) ??
    (has("person") ? checkText("person", fields.person, OP_LIMITS.person, true) : null) ??
    (has("role") ? checkText("role", fields.role, OP_LIMITS.role, true) : null) ??
    (has("kind") ? checkKind("kind", fields.kind, NODE_KINDS) : null) ??
    (has("collapsed") && typeof fields.collapsed !== "boolean" ? { field: "collapsed", problem: "not-allowed" } : null)
  );
}

function checkNode(node: Record<string, unknown>): FieldProblem | null {
  return (
    checkId("id", node.id) ??
    checkNodeFields(node, false) ??
    checkPosition("position", node.position) ??
    checkResponsibilities(node.responsibilities)
  );
}

function checkNodePatch(patch: Record<string, unknown>): FieldProblem | null {
  const unknown = Object.keys(patch).find((key) => !NODE_PATCH_KEYS.has(key));
  if (unknown !== undefined) return { field: unknown, problem: "not-allowed" };
  return checkNodeFields(patch, true);
}

function checkEdge(edge: Record<string, unknown>): FieldProblem | null {
  return checkId("id", edge.id) ?? checkId("source", edge.source) ?? checkId("target", edge.target) ?? checkKind("kind", edge.kind, EDGE_KINDS);
}

function checkEdgePatch(patch: Record<string, unknown>): FieldProblem | null {
  const unknown = Object.keys(patch).find((key) => !EDGE_PATCH_KEYS.has(key));
  if (unknown !== undefined) return { field: unknown, problem: "not-allowed" };
  return (
    (patch.source !== undefined ? checkId("source", patch.source) : null) ??
    (patch.target !== undefined ? checkId("target", patch.target) : null) ??
    (patch.kind !== undefined ? checkKind("kind", patch.kind, EDGE_KINDS) : null)
  );
}

function checkResponsibilities(value: unknown): FieldProblem | null {
  if (!Array.isArray(value)) return { field: "responsibilities", problem: "not-allowed" };
  if (value.length > OP_LIMITS.responsibilities) return { field: "responsibilities", problem: "too-many", limit: OP_LIMITS.responsibilities };
  const ids = new Set<string>();
  for (const item of value as unknown[]) {
    if (!isObject(item)) return { field: "responsibilities", problem: "not-allowed" };
    const r = item as Partial<Record<keyof Responsibility, unknown>>;
    const idProblem = checkId("responsibility.id", r.id);
    if (idProblem !== null) return idProblem;
    if (ids.has(r.id as string)) return { field: "responsibility.id", problem: "duplicate" };
    ids.add(r.id as string);
    // Empty text is allowed: "add responsibility" creates a blank row that the user then types into.
    if (typeof r.text !== "string") return { field: "responsibility.text", problem: "not-allowed" };
    if (r.text.length > OP_LIMITS.responsibilityText) {
      return { field: "responsibility.text", problem: "too-long", limit: OP_LIMITS.responsibilityText };
    }
    if (r.duty !== undefined && r.duty !== null) {
      const dutyProblem = checkId("responsibility.duty", r.duty);
      if (dutyProblem !== null) return dutyProblem;
    }
  }
  return null;
}

// --- messages

const FIELD_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    title: "The title",
    person: "The person's name",
    role: "The role",
    kind: "The kind",
    name: "The chart name",
    position: "The position",
    collapsed: "The collapsed flag",
    id: "The id",
    source: "The line's manager",
    target: "The line's report",
    index: "The insert position",
    responsibilities: "The list of responsibilities",
    "responsibility.id": "A responsibility id",
    "responsibility.text": "A responsibility",
    "responsibility.duty": "A responsibility's duty",
  },
  it: {
    title: "Il titolo",
    person: "Il nome della persona",
    role: "Il ruolo",
    kind: "Il tipo",
    name: "Il nome dell'organigramma",
    position: "La posizione",
    collapsed: "L'indicatore di compressione",
    id: "L'id",
    source: "Il responsabile della linea",
    target: "Il riporto della linea",
    index: "La posizione di inserimento",
    responsibilities: "L'elenco delle responsabilità",
    "responsibility.id": "L'id di una responsabilità",
    "responsibility.text": "Una responsabilità",
    "responsibility.duty": "Il compito di una responsabilità",
  },
};

/** The error as a sentence for the UI, naming nodes by title so the user sees why. */
export function describeOpError(error: OpErrorDraft | OpError, lang: Lang = "en"): string {
  const it = lang === "it";
  const name = (id: string) => `“${error.labels[id] ?? id}”`;
  switch (error.code) {
    case "invalid-op":
      return it ? "Modifica non valida." : "This edit is malformed.";
    case "unknown-node":
      return it ? `Il nodo ${name(error.id)} non esiste più.` : `Node ${name(error.id)} no longer exists.`;
    case "unknown-edge":
      return it ? `La linea "${error.id}" non esiste più.` : `Line "${error.id}" no longer exists.`;
    case "duplicate-id":
      if (error.of === "node") return it ? `Esiste già un nodo con id "${error.id}".` : `A node with id "${error.id}" already exists.`;
      return it ? `Esiste già una linea con id "${error.id}".` : `A line with id "${error.id}" already exists.`;
    case "invalid-value": {
      const field = FIELD_NAMES[lang][error.field] ?? (it ? `Il campo "${error.field}"` : `The field "${error.field}"`);
      switch (error.problem) {
        case "blank":
          return it ? `${field} non può essere vuoto.` : `${field} cannot be empty.`;
        case "too-long":
          return it ? `${field} supera i ${error.limit} caratteri.` : `${field} is longer than ${error.limit} characters.`;
        case "too-many":
          return it ? `Un nodo può avere al massimo ${error.limit} responsabilità.` : `A node can have at most ${error.limit} responsibilities.`;
        case "duplicate":
          return it ? `${field} è ripetuto.` : `${field} is repeated.`;
        case "not-allowed":
          return it ? `${field} non ha un valore ammesso.` : `${field} has a value that is not allowed.`;
      }
      break;
    }
    case "structure":
      return describeStructure(error.structure, name, it);
  }
  return it ? "Modifica non valida." : "This edit is malformed.";
}

function describeStructure(error: StructureError, name: (id: string) => string, it: boolean): string {
  switch (error.code) {
    case "self-loop":
      return it ? `${name(error.nodeId)} non può riportare a se stesso.` : `${name(error.nodeId)} cannot report to itself.`;
    case "two-managers": {
      const [current, proposed] = error.managers;
      return it
        ? `${name(error.nodeId)} riporta già a ${name(current)} e un nodo ha un solo responsabile diretto. ` +
            `Togli prima quella linea, oppure collega ${name(proposed)} con una linea tratteggiata.`
        : `${name(error.nodeId)} already reports to ${name(current)}, and a node has only one direct manager. ` +
            `Remove that line first, or connect ${name(proposed)} with a dotted line.`;
    }
    case "cycle": {
      // nodeIds[0] is the report of the refused line, nodeIds[1] its would-be manager, and each
      // following node manages the previous one, up to a node that reports to nodeIds[0].
      const [report = "", manager = report, ...above] = error.nodeIds;
      const chain = [manager, ...above, report].map(name).join(" → ");
      return it
        ? `${name(report)} non può riportare a ${name(manager)}, perché ${name(manager)} riporta già, ` +
            `direttamente o tramite altri, a ${name(report)} (${chain}): le linee di riporto non possono formare un ciclo.`
        : `${name(report)} cannot report to ${name(manager)}, because ${name(manager)} already reports, ` +
            `directly or through others, to ${name(report)} (${chain}): reporting lines cannot form a loop.`;
    }
    case "duplicate-edge":
      return it
        ? `Esiste già una linea da ${name(error.source)} a ${name(error.target)}.`
        : `There is already a line from ${name(error.source)} to ${name(error.target)}.`;
    case "dangling-edge":
      return it ? `Il nodo ${name(error.missing)} non esiste più.` : `Node ${name(error.missing)} no longer exists.`;
    case "duplicate-node-id":
      return it ? `Esiste già un nodo con id "${error.nodeId}".` : `A node with id "${error.nodeId}" already exists.`;
  }
}
