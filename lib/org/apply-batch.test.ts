import { describe, expect, it } from "vitest";
import { applyBatch } from "./apply-batch";
import type { Chart, OrgNode } from "./types";

const node = (id: string): OrgNode => ({ id, title: id.toUpperCase(), person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] });
const chart: Chart = {
  name: "c",
  nodes: [node("a"), node("b"), node("c")],
  edges: [
    { id: "ab", source: "a", target: "b", kind: "reports-to" },
    { id: "bc", source: "b", target: "c", kind: "reports-to" },
  ],
};

describe("applyBatch", () => {
  it("applies every op that still makes sense and refuses the others, each with its reason", () => {
    const outcome = applyBatch(chart, [
      { type: "updateNode", id: "a", patch: { title: "First" } },
      { type: "updateNode", id: "gone", patch: { title: "x" } },
      { type: "addEdge", edge: { id: "ca", source: "c", target: "a", kind: "reports-to" } },
      { type: "addEdge", edge: { id: "ac", source: "a", target: "c", kind: "reports-to" } },
      { type: "updateNode", id: "c", patch: { person: "Carla" } },
    ]);
    expect(outcome.results.map((r) => (r.status === "refused" ? r.reason.code : r.status))).toEqual(["applied", "unknown-node", "structure", "structure", "applied"]);
    expect(outcome.results[2]).toMatchObject({ reason: { structure: { code: "cycle" } } });
    expect(outcome.results[3]).toMatchObject({ reason: { structure: { code: "two-managers" } } });
    expect(outcome.applied.map((op) => op.type)).toEqual(["updateNode", "updateNode"]);
    expect(outcome.chart.nodes.map((n) => [n.title, n.person])).toEqual([
      ["First", null],
      ["B", null],
      ["C", "Carla"],
    ]);
    expect(outcome.chart.edges).toBe(chart.edges);
  });

  it("a re-parent whose new line is refused keeps the removal before it (the server's per-op rule)", () => {
    const outcome = applyBatch(chart, [
      { type: "removeEdge", id: "ab" },
      { type: "addEdge", edge: { id: "cb", source: "c", target: "b", kind: "reports-to" } },
    ]);
    expect(outcome.results.map((r) => r.status)).toEqual(["applied", "refused"]);
    expect(outcome.chart.edges.map((e) => e.id)).toEqual(["bc"]);
  });

  it("with gestures, a gesture applies whole or not at all: a re-parent that would close a loop keeps the old manager", () => {
    // c reports to b; "move b under c" is: remove a→b, add c→b. The new line closes a loop.
    const moveBUnderC = [
      { type: "removeEdge", id: "ab" },
      { type: "addEdge", edge: { id: "cb", source: "c", target: "b", kind: "reports-to" } },
    ] as const;
    const outcome = applyBatch(chart, [{ type: "updateNode", id: "a", patch: { title: "Kept" } }, ...moveBUnderC, { type: "updateNode", id: "gone", patch: { title: "x" } }], [1, 2, 1]);
    expect(outcome.results.map((r) => (r.status === "refused" ? r.reason.code : r.status))).toEqual(["applied", "structure", "structure", "unknown-node"]);
    expect(outcome.results[1]).toMatchObject({ reason: { structure: { code: "cycle" } } });
    expect(outcome.chart.edges.map((e) => e.id)).toEqual(["ab", "bc"]);
    expect(outcome.applied).toEqual([{ type: "updateNode", id: "a", patch: { title: "Kept" } }]);
    // Without gestures each op stands alone: the old line goes and b is left without a manager.
    expect(applyBatch(chart, [...moveBUnderC]).chart.edges.map((e) => e.id)).toEqual(["bc"]);
  });
});
