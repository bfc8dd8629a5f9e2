/** Random valid charts and random ops against them, for the property tests of lib/org. */
import fc from "fast-check";
import { applyOps } from "../apply-ops";
import type { ChartOp } from "../chart-ops";
import type { Chart, OrgEdge, OrgNode } from "../types";

export function node(id: string, extra: Partial<OrgNode> = {}): OrgNode {
  return { id, title: `T-${id}`, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...extra };
}

/** A valid chart: each node's manager comes earlier in a hidden order, so there is no cycle. */
export const chartArb: fc.Arbitrary<Chart> = fc
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

export const recipeArb = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 })), { maxLength: 14 });

let fresh = 0;

/** Turns random numbers into an op against `chart`, often a valid one, sometimes not. */
export function opFrom(chart: Chart, [kind, a, b, c]: [number, number, number, number]): ChartOp {
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
export function validBatch(chart: Chart, recipe: [number, number, number, number][]): ChartOp[] {
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

/** Ops as a client would send them, each made against the chart the earlier valid ones leave: some are refused. */
export function rawOps(chart: Chart, recipe: [number, number, number, number][]): ChartOp[] {
  let state = chart;
  return recipe.map((r) => {
    const op = opFrom(state, r);
    const next = applyOps(state, [op]);
    if (next.ok) state = next.chart;
    return op;
  });
}
