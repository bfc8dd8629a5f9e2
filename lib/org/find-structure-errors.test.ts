import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildChart, chartArbitrary } from "../rules/fixtures/charts";
import { describeStructureError, findStructureErrors, type StructureError } from "./find-structure-errors";

const nodes = ["a", "b", "c", "d"].map((id) => ({ id }));

describe("findStructureErrors", () => {
  it("accepts a tree with dotted lines, even a dotted line against the tree", () => {
    expect(findStructureErrors(buildChart(nodes, ["a>b", "a>c", "c>d", "d~a", "b~c"]))).toEqual([]);
  });

  it("reports a repeated node id once per repetition", () => {
    const chart = buildChart([...nodes, { id: "a" }, { id: "a" }]);
    expect(findStructureErrors(chart)).toEqual([
      { code: "duplicate-node-id", nodeId: "a" },
      { code: "duplicate-node-id", nodeId: "a" },
    ]);
  });

  it("reports lines to missing nodes and lines to self", () => {
    const chart = buildChart(nodes, ["a>ghost", "b~b"]);
    expect(findStructureErrors(chart)).toEqual([
      { code: "dangling-edge", edgeId: "a->ghost", source: "a", target: "ghost", missing: "ghost" },
      { code: "self-loop", edgeId: "b->b~dotted", nodeId: "b" },
    ]);
  });

  it("reports the same line twice, but not a reports-to and a dotted line between the same pair", () => {
    const chart = buildChart(nodes, ["a>b", "a~b"]);
    chart.edges.push({ id: "again", source: "a", target: "b", kind: "reports-to" });
    expect(findStructureErrors(chart)).toEqual([{ code: "duplicate-edge", edgeId: "again", source: "a", target: "b" }]);
  });

  it("reports a second reports-to manager, naming both", () => {
    expect(findStructureErrors(buildChart(nodes, ["a>c", "b>c"]))).toEqual([{ code: "two-managers", nodeId: "c", managers: ["a", "b"] }]);
  });

  it("reports a reporting cycle once, with exactly its nodes", () => {
    const errors = findStructureErrors(buildChart(nodes, ["a>b", "b>c", "c>a", "c>d"]));
    expect(errors).toHaveLength(1);
    const cycle = errors[0] as Extract<StructureError, { code: "cycle" }>;
    expect(cycle.code).toBe("cycle");
    expect([...cycle.nodeIds].sort()).toEqual(["a", "b", "c"]);
  });

  it("ignores dotted lines when looking for cycles", () => {
    expect(findStructureErrors(buildChart(nodes, ["a>b", "b~a"]))).toEqual([]);
  });

  it("finds nothing wrong in generated valid charts, and a cycle once a line closes one", () => {
    fc.assert(
      fc.property(chartArbitrary(), (chart) => {
        expect(findStructureErrors(chart)).toEqual([]);
        // Make the root of some node's chain report to that node: a cycle through both.
        const managerOf = new Map(chart.edges.filter((edge) => edge.kind === "reports-to").map((edge) => [edge.target, edge.source]));
        const start = chart.nodes[chart.nodes.length - 1]?.id as string;
        let root = start;
        for (let up = managerOf.get(root); up !== undefined; up = managerOf.get(root)) root = up;
        if (root === start) return;
        const closed = { ...chart, edges: [...chart.edges, { id: "closing", source: start, target: root, kind: "reports-to" as const }] };
        expect(findStructureErrors(closed).map((error) => error.code)).toEqual(["cycle"]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("describeStructureError", () => {
  it("names the offending item in both languages", () => {
    const error: StructureError = { code: "two-managers", nodeId: "c", managers: ["a", "b"] };
    expect(describeStructureError(error, "en")).toContain('"c"');
    expect(describeStructureError(error, "it")).toContain('"c"');
    expect(describeStructureError({ code: "cycle", nodeIds: ["a", "b"] }, "en")).toBe("The reporting lines form a cycle: a → b → a.");
  });
});
