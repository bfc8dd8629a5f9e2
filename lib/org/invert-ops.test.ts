import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOps } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import { findStructureErrors } from "./find-structure-errors";
import { applyOpsWithInverse, invertOps } from "./invert-ops";
import type { Chart, OrgEdge, OrgNode } from "./types";

function node(id: string, extra: Partial<OrgNode> = {}): OrgNode {
  return { id, title: `T-${id}`, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...extra };
}

/** A valid chart: each node's manager comes earlier in a hidden order, so there is no cycle. */
const chartArb: fc.Arbitrary<Chart> = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
    dotted: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    order: fc.array(fc.nat(), { maxLength: 10 }),
  })
  .map(({ parents, dotted, order }) => {
    const nodes = parents.map((_, i) => node(`n${i}`, { position: i % 3 === 0 ? null : { x: i * 10, y: i } }));
    const edges: OrgEdge[] = [];
    parents.forEach((p, i) => {
      const manager = p % (i + 1); // manager === i means "root"
      if (manager !== i) edges.push({ id: `r${i}`, source: `n${manager}`, target: `n${i}`, kind: "reports-to" });
    });
    dotted.forEach(([a, b], k) => {
      const s = a % nodes.length;
      const t = b % nodes.length;
      if (s !== t && !edges.some((e) => e.source === `n${s}` && e.target === `n${t}` && e.kind === "dotted")) {
        edges.push({ id: `d${k}`, source: `n${s}`, target: `n${t}`, kind: "dotted" });
      }
    });
    // Shuffle so array order and hierarchy order differ.
    for (const [k, o] of order.entries()) {
      const i = k % nodes.length;
      const j = o % nodes.length;
      [nodes[i], nodes[j]] = [nodes[j] as OrgNode, nodes[i] as OrgNode];
    }
    return { name: "Chart", nodes, edges };
  });

const recipeArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 })), { maxLength: 14 });

let fresh = 0;

/** Turns random numbers into an op against `chart`, often a valid one, sometimes not. */
function opFrom(chart: Chart, [kind, a, b, c]: [number, number, number, number]): ChartOp {
  const pickNode = (n: number) => chart.nodes[n % Math.max(chart.nodes.length, 1)]?.id ?? "missing";
  const pickEdge = (n: number) => chart.edges[n % Math.max(chart.edges.length, 1)]?.id ?? "missing";
  switch (kind) {
    case 0: {
      const id = `x${fresh++}`;
      const op: ChartOp = { type: "addNode", node: node(id, { title: `New ${a}`, person: b % 2 ? "Anna" : null }) };
      return c % 2 ? { ...op, index: c % (chart.nodes.length + 2) } : op;
    }
    case 1: {
      const patches = [{ title: `Renamed ${b}` }, { person: b % 2 ? null : "Bruno" }, { role: "CTO", kind: "department" as const }, { collapsed: b % 2 === 0 }, { title: "" }];
      return { type: "updateNode", id: pickNode(a), patch: patches[c % patches.length] ?? {} };
    }
    case 2:
      return { type: "removeNode", id: pickNode(a) };
    case 3:
      return { type: "moveNodes", moves: [{ id: pickNode(a), position: { x: b, y: c } }, { id: pickNode(b), position: c % 3 ? null : { x: 1, y: 2 } }] };
    case 4:
    case 9: {
      const edge: OrgEdge = { id: `e${fresh++}`, source: pickNode(a), target: pickNode(b), kind: kind === 9 || c % 2 ? "reports-to" : "dotted" };
      return c % 3 === 0 ? { type: "addEdge", edge, index: c % (chart.edges.length + 1) } : { type: "addEdge", edge };
    }
    case 5: {
      const patches = [{ source: pickNode(b) }, { target: pickNode(b) }, { kind: c % 2 ? ("dotted" as const) : ("reports-to" as const) }];
      return { type: "updateEdge", id: pickEdge(a), patch: patches[c % patches.length] ?? {} };
    }
    case 6:
      return { type: "removeEdge", id: pickEdge(a) };
    case 7: {
      const nodeId = pickNode(a);
      const id = `r${b % 3}`;
      switch (c % 5) {
        case 0:
          return { type: "addResponsibility", nodeId, responsibility: { id, text: `Duty ${c}`, ...(b % 2 ? { duty: null } : {}) }, index: c % 3 };
        case 1:
          return { type: "setResponsibilityText", nodeId, id, text: `Edited ${c}` };
        case 2:
          return b % 3 === 0 ? { type: "setResponsibilityDuty", nodeId, id } : { type: "setResponsibilityDuty", nodeId, id, duty: b % 2 ? null : "d1" };
        case 3:
          return { type: "moveResponsibility", nodeId, id, index: c % 3 };
        default:
          return { type: "removeResponsibility", nodeId, id };
      }
    }
    default:
      return { type: "renameChart", name: `Name ${a}` };
  }
}

/** A batch in which every op applies in turn, so the whole batch applies. */
function validBatch(chart: Chart, recipe: [number, number, number, number][]): ChartOp[] {
  const ops: ChartOp[] = [];
  let state = chart;
  for (const r of recipe) {
    const op = opFrom(state, r);
    const result = applyOps(state, [op]);
    if (!result.ok) continue;
    ops.push(op);
    state = result.chart;
  }
  return ops;
}

/** The obvious, slow semantics applyOps must match: op by op on a copy, then a full structure check. */
function naiveApply(chart: Chart, ops: ChartOp[]): Chart | null {
  let { name } = chart;
  let nodes = [...chart.nodes];
  let edges = [...chart.edges];
  const hasNode = (id: string) => nodes.some((n) => n.id === id);
  for (const op of ops) {
    switch (op.type) {
      case "addNode":
        if (hasNode(op.node.id) || op.node.title.trim() === "") return null;
        nodes.splice(Math.min(op.index ?? nodes.length, nodes.length), 0, op.node);
        break;
      case "updateNode": {
        const i = nodes.findIndex((n) => n.id === op.id);
        if (i < 0 || op.patch.title?.trim() === "") return null;
        const clean = Object.fromEntries(Object.entries(op.patch).filter(([, v]) => v !== undefined));
        nodes[i] = { ...(nodes[i] as OrgNode), ...clean };
        break;
      }
      case "removeNode":
        if (!hasNode(op.id)) return null;
        nodes = nodes.filter((n) => n.id !== op.id);
        edges = edges.filter((e) => e.source !== op.id && e.target !== op.id);
        break;
      case "moveNodes":
        for (const move of op.moves) {
          const i = nodes.findIndex((n) => n.id === move.id);
          if (i < 0) return null;
          nodes[i] = { ...(nodes[i] as OrgNode), position: move.position };
        }
        break;
      case "addEdge":
        if (edges.some((e) => e.id === op.edge.id) || !hasNode(op.edge.source) || !hasNode(op.edge.target) || op.edge.source === op.edge.target) return null;
        edges.splice(Math.min(op.index ?? edges.length, edges.length), 0, op.edge);
        break;
      case "updateEdge": {
        const i = edges.findIndex((e) => e.id === op.id);
        if (i < 0) return null;
        const next = { ...(edges[i] as OrgEdge), ...op.patch };
        if (!hasNode(next.source) || !hasNode(next.target) || next.source === next.target) return null;
        edges[i] = next;
        break;
      }
      case "removeEdge":
        if (!edges.some((e) => e.id === op.id)) return null;
        edges = edges.filter((e) => e.id !== op.id);
        break;
      case "addResponsibility":
      case "setResponsibilityText":
      case "setResponsibilityDuty":
      case "moveResponsibility":
      case "removeResponsibility": {
        const i = nodes.findIndex((n) => n.id === op.nodeId);
        if (i < 0) return null;
        const list = [...(nodes[i] as OrgNode).responsibilities];
        const at = list.findIndex((r) => r.id === (op.type === "addResponsibility" ? op.responsibility.id : op.id));
        if (op.type === "addResponsibility") {
          if (at >= 0) return null;
          list.splice(Math.min(op.index ?? list.length, list.length), 0, op.responsibility);
        } else {
          const item = list[at];
          if (item === undefined) return null;
          if (op.type === "setResponsibilityText") list[at] = { ...item, text: op.text };
          if (op.type === "setResponsibilityDuty") {
            const { duty: _old, ...rest } = item;
            void _old;
            list[at] = op.duty === undefined ? rest : { ...rest, duty: op.duty };
          }
          if (op.type === "moveResponsibility") {
            list.splice(at, 1);
            list.splice(Math.min(op.index, list.length), 0, item);
          }
          if (op.type === "removeResponsibility") list.splice(at, 1);
        }
        nodes[i] = { ...(nodes[i] as OrgNode), responsibilities: list };
        break;
      }
      case "renameChart":
        name = op.name;
        break;
    }
  }
  const after = { name, nodes, edges };
  return findStructureErrors(after).length === 0 ? after : null;
}

describe("invertOps", () => {
  it("undoes any valid batch exactly (property)", () => {
    fc.assert(
      fc.property(chartArb, recipeArb, (before, recipe) => {
        const ops = validBatch(before, recipe);
        const forward = applyOps(before, ops);
        expect(forward.ok).toBe(true);
        if (!forward.ok) return;
        expect(findStructureErrors(forward.chart)).toEqual([]);
        const back = applyOps(forward.chart, invertOps(before, ops));
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.chart).toStrictEqual(before);
      }),
      { numRuns: 400 },
    );
  });

  it("gives an inverse whose own inverse redoes the batch (property)", () => {
    fc.assert(
      fc.property(chartArb, recipeArb, (before, recipe) => {
        const ops = validBatch(before, recipe);
        const forward = applyOpsWithInverse(before, ops);
        if (!forward.ok) throw new Error(forward.error.code);
        const undone = applyOpsWithInverse(forward.chart, forward.inverse);
        if (!undone.ok) throw new Error(undone.error.code);
        const redone = applyOps(undone.chart, undone.inverse);
        expect(redone.ok && redone.chart).toStrictEqual(forward.chart);
      }),
      { numRuns: 200 },
    );
  });

  it("throws when the ops do not apply", () => {
    expect(() => invertOps({ name: "c", nodes: [], edges: [] }, [{ type: "removeNode", id: "ghost" }])).toThrow(/unknown-node/);
  });

  it("restores a removed node and its lines at their old places", () => {
    const before: Chart = {
      name: "c",
      nodes: [node("a"), node("b"), node("c")],
      edges: [
        { id: "ab", source: "a", target: "b", kind: "reports-to" },
        { id: "ac", source: "a", target: "c", kind: "reports-to" },
        { id: "cb", source: "c", target: "b", kind: "dotted" },
      ],
    };
    const inverse = invertOps(before, [{ type: "removeNode", id: "b" }]);
    expect(inverse).toEqual([
      { type: "addNode", node: before.nodes[1], index: 1 },
      { type: "addEdge", edge: before.edges[0], index: 0 },
      { type: "addEdge", edge: before.edges[2], index: 2 },
    ]);
  });
});

describe("applyOps against a naive reference", () => {
  it("accepts and refuses the same batches and produces the same chart (property)", () => {
    fc.assert(
      fc.property(chartArb, recipeArb, (before, recipe) => {
        // Raw ops, each made against the chart as the previous ones would leave it if valid.
        let state = before;
        const ops = recipe.map((r) => {
          const op = opFrom(state, r);
          const next = applyOps(state, [op]);
          if (next.ok) state = next.chart;
          return op;
        });
        const expected = naiveApply(before, ops);
        const actual = applyOps(before, ops);
        expect(actual.ok).toBe(expected !== null);
        if (actual.ok) expect(actual.chart).toStrictEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
