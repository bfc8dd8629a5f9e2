import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOps } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import { findStructureErrors } from "./find-structure-errors";
import { applyOpsWithInverse, invertOps } from "./invert-ops";
import { chartArb, node, rawOps, recipeArb, validBatch } from "./testing/random-charts";
import type { Chart, OrgEdge, OrgNode } from "./types";

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
        const ops = rawOps(before, recipe);
        const expected = naiveApply(before, ops);
        const actual = applyOps(before, ops);
        expect(actual.ok).toBe(expected !== null);
        if (actual.ok) expect(actual.chart).toStrictEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});
