import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyBatch } from "./apply-batch";
import { applyOps } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import { diffAppliedOps, diffCharts, isEmptyDiff, type ChartDiff } from "./diff-charts";
import { invertOps } from "./invert-ops";
import { chartArb as validChartArb, rawOps, recipeArb } from "./testing/random-charts";
import type { Chart, OrgEdge, OrgNode } from "./types";

function node(id: string, extra: Partial<OrgNode> = {}): OrgNode {
  return { id, title: id, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...extra };
}

/** What the server does with a diff: rows keyed by id in a sort order. Then read the chart back. */
function persist(before: Chart, diff: ChartDiff, after: Chart): Chart {
  const persistRows = <T extends { id: string }>(rows: readonly T[], d: { added: T[]; updated: T[]; removed: string[] }, reordered: boolean, order: readonly T[]) => {
    let stored = rows.filter((row) => !d.removed.includes(row.id));
    stored = stored.map((row) => d.updated.find((u) => u.id === row.id) ?? row);
    stored.push(...d.added);
    if (reordered) stored = order.map((row) => stored.find((s) => s.id === row.id) as T);
    return stored;
  };
  let nodes = persistRows(before.nodes, diff.nodes, diff.reordered.nodes, after.nodes);
  nodes = nodes.map((n) => {
    // Updated rows carry their responsibilities too, but the store only rewrites them when told.
    const old = before.nodes.find((b) => b.id === n.id);
    const fresh = after.nodes.find((a) => a.id === n.id) as OrgNode;
    if (old === undefined) return n;
    return { ...n, responsibilities: diff.responsibilitiesChanged.some((c) => c.id === n.id) ? fresh.responsibilities : old.responsibilities };
  });
  const edges = persistRows(before.edges, diff.edges, diff.reordered.edges, after.edges);
  return { name: diff.renamed ?? before.name, nodes, edges };
}

const chartArb = fc.array(fc.tuple(fc.nat(5), fc.boolean(), fc.nat(3)), { maxLength: 8 }).map((specs): Chart => {
  const nodes = specs.map(([t, collapsed, r], i) =>
    node(`n${i}`, { title: `T${t}`, collapsed, responsibilities: Array.from({ length: r % 3 }, (_, k) => ({ id: `r${k}`, text: `x${r}` })) }),
  );
  const edges: OrgEdge[] = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: "n0", target: n.id, kind: i % 2 ? "dotted" : "reports-to" }));
  return { name: "C", nodes, edges };
});

/** A random "after": rows dropped, edited, added, and sometimes shuffled. */
const pairArb = fc.tuple(chartArb, fc.array(fc.tuple(fc.nat(4), fc.nat(), fc.nat()), { maxLength: 10 })).map(([before, edits]) => {
  const nodes = [...before.nodes];
  const edges = [...before.edges];
  let name = before.name;
  edits.forEach(([kind, a, b], k) => {
    const i = a % Math.max(nodes.length, 1);
    const n = nodes[i];
    if (kind === 0 && n) nodes.splice(i, 1);
    if (kind === 1 && n) nodes[i] = { ...n, ...(b % 2 ? { title: `U${b}` } : { position: { x: b, y: 1 } }) };
    if (kind === 2 && n) nodes[i] = { ...n, responsibilities: [{ id: "z", text: `t${b}`, duty: b % 2 ? null : "d1" }] };
    if (kind === 3) nodes.splice(b % (nodes.length + 1), 0, node(`new${k}`));
    if (kind === 4) {
      const e = edges[i % Math.max(edges.length, 1)];
      if (e && b % 3 === 0) edges.splice(edges.indexOf(e), 1);
      else if (e && b % 3 === 1) edges[edges.indexOf(e)] = { ...e, kind: e.kind === "dotted" ? "reports-to" : "dotted" };
      else edges.push({ id: `f${k}`, source: "a", target: "b", kind: "dotted" });
      if (b % 7 === 0) name = `Renamed ${b}`;
    }
  });
  return { before, after: { name, nodes, edges } };
});

describe("diffCharts", () => {
  it("persists to exactly the after chart (property)", () => {
    fc.assert(
      fc.property(pairArb, ({ before, after }) => {
        expect(persist(before, diffCharts(before, after), after)).toStrictEqual(after);
      }),
      { numRuns: 500 },
    );
  });

  it("is empty between a chart and itself", () => {
    const chart: Chart = { name: "C", nodes: [node("a"), node("b")], edges: [] };
    expect(isEmptyDiff(diffCharts(chart, chart))).toBe(true);
    expect(isEmptyDiff(diffCharts(chart, { ...chart, nodes: chart.nodes.map((n) => ({ ...n })) }))).toBe(true);
  });

  it("classifies rows", () => {
    const before: Chart = {
      name: "C",
      nodes: [node("a"), node("b"), node("c", { responsibilities: [{ id: "r", text: "Budget" }] })],
      edges: [{ id: "ab", source: "a", target: "b", kind: "reports-to" }],
    };
    const after: Chart = {
      name: "D",
      nodes: [node("a", { title: "A2" }), node("c", { responsibilities: [{ id: "r", text: "Budget", duty: null }] }), node("d")],
      edges: [{ id: "ad", source: "a", target: "d", kind: "reports-to" }],
    };
    expect(diffCharts(before, after)).toEqual({
      nodes: { added: [after.nodes[2]], updated: [after.nodes[0]], removed: ["b"] },
      edges: { added: [after.edges[0]], updated: [], removed: ["ab"] },
      responsibilitiesChanged: [after.nodes[1]],
      renamed: "D",
      reordered: { nodes: false, edges: false },
    });
  });

  it("flags the order change of an undone removal", () => {
    const before: Chart = { name: "C", nodes: [node("a"), node("b"), node("c")], edges: [] };
    const ops = [{ type: "removeNode" as const, id: "b" }];
    const removed = applyOps(before, ops);
    if (!removed.ok) throw new Error(removed.error.code);
    const restored = applyOps(removed.chart, invertOps(before, ops));
    if (!restored.ok) throw new Error(restored.error.code);
    expect(diffCharts(before, removed.chart).reordered.nodes).toBe(false);
    expect(diffCharts(removed.chart, restored.chart)).toMatchObject({ nodes: { added: [before.nodes[1]] }, reordered: { nodes: true } });
  });

  // Speed belongs in benchmarks, not in a timed unit test: this checks the result at that size.
  it("diffs 10,000 nodes and finds exactly the changed ones", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => node(`n${i}`));
    const before: Chart = { name: "C", nodes, edges: [] };
    const after: Chart = { ...before, nodes: nodes.map((n, i) => (i % 100 === 0 ? { ...n, title: "x" } : n)) };
    const diff = diffCharts(before, after);
    expect(diff.nodes.updated).toHaveLength(100);
  });
});

/** The diff with its unordered lists sorted (the store does not care in which order it updates). */
function normalised(diff: ChartDiff) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    ...diff,
    nodes: { ...diff.nodes, updated: byId(diff.nodes.updated), removed: [...diff.nodes.removed].sort() },
    edges: { ...diff.edges, updated: byId(diff.edges.updated), removed: [...diff.edges.removed].sort() },
    responsibilitiesChanged: byId(diff.responsibilitiesChanged),
  };
}

describe("diffAppliedOps", () => {
  const expectSameAsFullDiff = (before: Chart, ops: ChartOp[]) => {
    const outcome = applyBatch(before, ops);
    const diff = diffAppliedOps(before, outcome.chart, outcome.applied);
    expect(normalised(diff)).toStrictEqual(normalised(diffCharts(before, outcome.chart)));
    expect(persist(before, diff, outcome.chart)).toStrictEqual(outcome.chart);
  };

  it("finds what the full diff finds, for any batch as the server applies it (property)", () => {
    fc.assert(
      fc.property(validChartArb, recipeArb, fc.boolean(), (before, recipe, undoToo) => {
        // Raw ops as a client would send them (some refused by applyBatch), sometimes followed by
        // their undo in the same batch, which re-adds removed rows at their old places.
        const ops = rawOps(before, recipe);
        const applied = applyBatch(before, ops);
        expectSameAsFullDiff(before, undoToo ? [...applied.applied, ...invertOps(before, applied.applied)] : ops);
      }),
      { numRuns: 600 },
    );
  });

  it("sees the order change when a batch removes a row and adds it again at the end", () => {
    const before: Chart = {
      name: "C",
      nodes: [node("a"), node("b"), node("c")],
      edges: [
        { id: "ab", source: "a", target: "b", kind: "reports-to" },
        { id: "ac", source: "a", target: "c", kind: "reports-to" },
      ],
    };
    const readdNode: ChartOp[] = [{ type: "removeNode", id: "b" }, { type: "addNode", node: node("b") }];
    const readdLine: ChartOp[] = [...readdNode, { type: "addEdge", edge: { id: "ab", source: "a", target: "b", kind: "reports-to" } }];
    const readdLineOnly: ChartOp[] = [{ type: "removeEdge", id: "ab" }, { type: "addEdge", edge: { id: "ab", source: "a", target: "b", kind: "dotted" } }];
    // The line goes with its node, unnamed, and comes back under its id between other nodes.
    const readdRemovedNodesLine: ChartOp[] = [{ type: "removeNode", id: "b" }, { type: "addEdge", edge: { id: "ab", source: "c", target: "a", kind: "dotted" } }];
    for (const ops of [readdNode, readdLine, readdLineOnly, readdRemovedNodesLine]) expectSameAsFullDiff(before, ops);
    expect(diffAppliedOps(before, applyBatch(before, readdLine).chart, readdLine).reordered).toEqual({ nodes: true, edges: true });
  });

  it("looks only at the rows the ops name", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => node(`n${i}`));
    const before: Chart = { name: "C", nodes, edges: [] };
    // A row changed behind the ops' back is not the diff's business: it only compares what they name.
    const after: Chart = { ...before, nodes: nodes.map((n, i) => (i === 5 ? { ...n, title: "edited" } : i === 7 ? { ...n, title: "not named" } : n)) };
    const diff = diffAppliedOps(before, after, [{ type: "updateNode", id: "n5", patch: { title: "edited" } }]);
    expect(diff.nodes.updated.map((n) => n.id)).toEqual(["n5"]);
    expect(diffCharts(before, after).nodes.updated.map((n) => n.id)).toEqual(["n5", "n7"]);
  });
});

