import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOps } from "../org/apply-ops";
import type { ChartOp } from "../org/chart-ops";
import type { Chart, OrgNode } from "../org/types";
import { squashGestures, squashOps } from "./squash-ops";

const node = (id: string): OrgNode => ({ id, title: id, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [{ id: "r", text: "t" }] });
const chart: Chart = {
  name: "c",
  nodes: [node("a"), node("b"), node("c")],
  edges: [{ id: "e", source: "a", target: "b", kind: "dotted" }],
};

const id = fc.constantFrom("a", "b", "c");
const opArb: fc.Arbitrary<ChartOp> = fc.oneof(
  fc.record({ type: fc.constant("moveNodes" as const), moves: fc.array(fc.record({ id, position: fc.option(fc.record({ x: fc.integer({ min: -1e6, max: 1e6 }), y: fc.integer({ min: -1e6, max: 1e6 }) })) }), { maxLength: 3 }) }),
  fc.record({ type: fc.constant("updateNode" as const), id, patch: fc.record({ title: fc.constantFrom("T1", "T2"), collapsed: fc.boolean() }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant("updateEdge" as const), id: fc.constant("e"), patch: fc.record({ kind: fc.constantFrom("dotted" as const, "reports-to" as const) }, { requiredKeys: [] }) }),
  fc.record({ type: fc.constant("setResponsibilityText" as const), nodeId: id, id: fc.constant("r"), text: fc.constantFrom("x", "y") }),
  fc.record({ type: fc.constant("setResponsibilityDuty" as const), nodeId: id, id: fc.constant("r"), duty: fc.constantFrom<string | null>("d1", null) }),
  fc.record({ type: fc.constant("renameChart" as const), name: fc.constantFrom("N1", "N2") }),
);

describe("squashOps", () => {
  it("applies exactly like the ops it squashed (property)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const squashed = squashOps(ops);
        expect(squashed.length).toBeLessThanOrEqual(ops.length);
        expect(applyOps(chart, squashed)).toStrictEqual(applyOps(chart, ops));
      }),
      { numRuns: 500 },
    );
  });

  it("merges a run of moves into one op, last position winning", () => {
    const moves: ChartOp[] = [1, 2, 3].map((x) => ({ type: "moveNodes", moves: [{ id: "a", position: { x, y: 0 } }] }));
    expect(squashOps(moves)).toEqual([{ type: "moveNodes", moves: [{ id: "a", position: { x: 3, y: 0 } }] }]);
  });

  it("does not merge across an unrelated op", () => {
    const ops: ChartOp[] = [
      { type: "updateNode", id: "a", patch: { title: "1" } },
      { type: "updateNode", id: "b", patch: { title: "2" } },
      { type: "updateNode", id: "a", patch: { title: "3" } },
    ];
    expect(squashOps(ops)).toEqual(ops);
  });
});

describe("squashGestures", () => {
  it("merges neighbouring one-op gestures (a title typed key by key) but never a multi-op gesture with another", () => {
    const typed = ["C", "CI", "CIO"].map((title) => [{ type: "updateNode" as const, id: "a", patch: { title } }]);
    const reparent = [
      { type: "removeEdge" as const, id: "ab" },
      { type: "addEdge" as const, edge: { id: "cb", source: "c", target: "b", kind: "reports-to" as const } },
    ];
    const after = [{ type: "updateNode" as const, id: "a", patch: { person: "Ada" } }];
    expect(squashGestures([...typed, reparent, after, [{ type: "updateNode", id: "a", patch: { role: "CIO" } }]])).toEqual([
      [{ type: "updateNode", id: "a", patch: { title: "CIO" } }],
      reparent,
      [{ type: "updateNode", id: "a", patch: { person: "Ada", role: "CIO" } }],
    ]);
  });
});
