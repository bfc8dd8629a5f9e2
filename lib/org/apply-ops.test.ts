import { describe, expect, it } from "vitest";
import { describeOpReason } from "../sync/describe-op-reason";
import { applyOps, OP_LIMITS, type OpError } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import type { Chart, OrgNode } from "./types";

function node(id: string, title: string, extra: Partial<OrgNode> = {}): OrgNode {
  return { id, title, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...extra };
}

// CEO ─ CTO ─ Dev, CEO ─ CIO, plus a dotted line CIO ┈ Dev.
const chart: Chart = {
  name: "Acme",
  nodes: [node("ceo", "CEO", { person: "Ada" }), node("cto", "CTO"), node("cio", "CIO"), node("dev", "Dev Lead")],
  edges: [
    { id: "e1", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e2", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e3", source: "cto", target: "dev", kind: "reports-to" },
    { id: "e4", source: "cio", target: "dev", kind: "dotted" },
  ],
};

function refused(ops: ChartOp[], on: Chart = chart): OpError {
  const result = applyOps(on, ops);
  if (result.ok) throw new Error("expected the batch to be refused");
  return result.error;
}

function applied(ops: ChartOp[], on: Chart = chart): Chart {
  const result = applyOps(on, ops);
  if (!result.ok) throw new Error(result.error.code);
  return result.chart;
}

describe("applyOps", () => {
  it("returns the same chart for an empty batch", () => {
    expect(applied([])).toBe(chart);
  });

  it("shares everything the batch did not touch", () => {
    const after = applied([{ type: "moveNodes", moves: [{ id: "cto", position: { x: 1, y: 2 } }] }]);
    expect(after.edges).toBe(chart.edges);
    expect(after.nodes[0]).toBe(chart.nodes[0]);
    expect(after.nodes[1]).toEqual({ ...chart.nodes[1], position: { x: 1, y: 2 } });
    expect(chart.nodes[1]?.position).toBeNull();
  });

  it("keeps a node's identity when a patch changes nothing", () => {
    const after = applied([{ type: "updateNode", id: "cto", patch: { title: "CTO" } }]);
    expect(after.nodes[1]).toBe(chart.nodes[1]);
  });

  it("keeps extra fields of the chart, such as the version", () => {
    const versioned = { ...chart, id: "c1", version: 7 };
    const result = applyOps(versioned, [{ type: "renameChart", name: "Acme 2" }]);
    expect(result.ok && result.chart).toMatchObject({ id: "c1", version: 7, name: "Acme 2" });
  });

  it("removes a node together with every line touching it", () => {
    const after = applied([{ type: "removeNode", id: "dev" }]);
    expect(after.nodes.map((n) => n.id)).toEqual(["ceo", "cto", "cio"]);
    expect(after.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("inserts at an index, clamped to the length", () => {
    const after = applied([
      { type: "addNode", node: node("a", "A"), index: 1 },
      { type: "addNode", node: node("z", "Z"), index: 99 },
    ]);
    expect(after.nodes.map((n) => n.id)).toEqual(["ceo", "a", "cto", "cio", "dev", "z"]);
  });

  it("is all or nothing", () => {
    const error = refused([
      { type: "renameChart", name: "New" },
      { type: "removeNode", id: "ghost" },
    ]);
    expect(error).toMatchObject({ code: "unknown-node", id: "ghost", opIndex: 1 });
    expect(chart.name).toBe("Acme");
  });

  it("refuses unknown ids and duplicate ids", () => {
    expect(refused([{ type: "removeEdge", id: "nope" }])).toMatchObject({ code: "unknown-edge", id: "nope" });
    expect(refused([{ type: "addNode", node: node("cto", "Again") }])).toMatchObject({ code: "duplicate-id", of: "node" });
    expect(refused([{ type: "addEdge", edge: { id: "e1", source: "cio", target: "cto", kind: "dotted" } }])).toMatchObject({
      code: "duplicate-id",
      of: "edge",
    });
    expect(refused([{ type: "addEdge", edge: { id: "x", source: "ghost", target: "cto", kind: "dotted" } }])).toMatchObject({
      code: "unknown-node",
      id: "ghost",
    });
  });

  it("refuses bad values", () => {
    const tooLong = "x".repeat(OP_LIMITS.title + 1);
    expect(refused([{ type: "updateNode", id: "cto", patch: { title: "  " } }])).toMatchObject({ code: "invalid-value", field: "title", problem: "blank" });
    expect(refused([{ type: "updateNode", id: "cto", patch: { person: tooLong } }])).toMatchObject({ field: "person", problem: "too-long", limit: 200 });
    expect(refused([{ type: "addNode", node: node("n", tooLong) }])).toMatchObject({ field: "title", problem: "too-long" });
    expect(refused([{ type: "renameChart", name: "" }])).toMatchObject({ field: "name", problem: "blank" });
    expect(refused([{ type: "moveNodes", moves: [{ id: "cto", position: { x: Number.NaN, y: 0 } }] }])).toMatchObject({ field: "position" });
    const many = Array.from({ length: 101 }, (_, i) => ({ id: `r${i}`, text: "t" }));
    expect(refused([{ type: "addNode", node: { ...node("n", "N"), responsibilities: many } }])).toMatchObject({ problem: "too-many", limit: 100 });
    const full = applied([{ type: "addNode", node: { ...node("n", "N"), responsibilities: many.slice(1) } }]);
    expect(refused([{ type: "addResponsibility", nodeId: "n", responsibility: { id: "r0", text: "t" } }], full)).toMatchObject({
      problem: "too-many",
      limit: 100,
    });
    expect(refused([{ type: "addResponsibility", nodeId: "cto", responsibility: { id: "r", text: "y".repeat(501) } }])).toMatchObject({
      field: "responsibility.text",
      problem: "too-long",
    });
    expect(
      refused([{ type: "addNode", node: { ...node("n", "N"), responsibilities: [{ id: "r", text: "a" }, { id: "r", text: "b" }] } }]),
    ).toMatchObject({ field: "responsibility.id", problem: "duplicate" });
    expect(refused([{ type: "setResponsibilityText", nodeId: "cto", id: "missing", text: "x" }])).toMatchObject({
      code: "unknown-responsibility",
      nodeId: "cto",
    });
  });

  it("refuses malformed ops that arrive as JSON", () => {
    const malformed = [
      JSON.parse('{"type":"explode"}'),
      JSON.parse('{"type":"updateNode","id":"cto","patch":{"id":"other"}}'),
      JSON.parse('{"type":"updateNode","id":"cto","patch":{"collapsed":"yes"}}'),
      JSON.parse('{"type":"addEdge","edge":{"id":"x","source":"cio","target":"cto","kind":"solid"}}'),
      JSON.parse('{"type":"addNode","node":{"id":"x","title":"X"}}'),
    ] as ChartOp[];
    for (const op of malformed) expect(refused([op]).code).toMatch(/invalid-op|invalid-value/);
  });

  it("accepts an empty responsibility text, which the UI creates before the user types", () => {
    const after = applied([{ type: "addResponsibility", nodeId: "cto", responsibility: { id: "r1", text: "", duty: null } }]);
    expect(after.nodes[1]?.responsibilities).toEqual([{ id: "r1", text: "", duty: null }]);
  });

  it("replaces a whole list (the fixes' op) and refuses a list with a repeated id", () => {
    const after = applied([{ type: "setResponsibilities", nodeId: "cto", responsibilities: [{ id: "x", text: "X", duty: null }] }]);
    expect(after.nodes[1]?.responsibilities).toEqual([{ id: "x", text: "X", duty: null }]);
    expect(refused([{ type: "setResponsibilities", nodeId: "cto", responsibilities: [{ id: "x", text: "a" }, { id: "x", text: "b" }] }])).toMatchObject({
      field: "responsibility.id",
      problem: "duplicate",
    });
  });

  it("edits, reorders and removes single responsibilities, leaving the others as they were", () => {
    const start = applied([
      { type: "addResponsibility", nodeId: "cto", responsibility: { id: "a", text: "A" } },
      { type: "addResponsibility", nodeId: "cto", responsibility: { id: "b", text: "B", duty: "d1" } },
      { type: "addResponsibility", nodeId: "cto", responsibility: { id: "c", text: "C" }, index: 0 },
    ]);
    const list = (c: Chart) => c.nodes[1]?.responsibilities.map((r) => r.id).join("");
    expect(list(start)).toBe("cab");
    const edited = applyOps(start, [
      { type: "setResponsibilityText", nodeId: "cto", id: "a", text: "A2" },
      { type: "setResponsibilityDuty", nodeId: "cto", id: "b" },
      { type: "moveResponsibility", nodeId: "cto", id: "c", index: 2 },
      { type: "removeResponsibility", nodeId: "cto", id: "a" },
    ]);
    expect(edited.ok && edited.chart.nodes[1]?.responsibilities).toEqual([{ id: "b", text: "B" }, { id: "c", text: "C" }]);
  });

  describe("structure", () => {
    it("refuses a cycle and says why, naming the nodes by title", () => {
      const error = refused([{ type: "addEdge", edge: { id: "x", source: "dev", target: "ceo", kind: "reports-to" } }]);
      expect(error).toMatchObject({ code: "structure", structure: { code: "cycle", nodeIds: ["ceo", "dev", "cto"] }, opIndex: 0 });
      expect(describeOpReason(error, "en")).toBe(
        "“CEO (Ada)” cannot report to “Dev Lead”, because “Dev Lead” already reports, directly or through others, " +
          "to “CEO (Ada)” (“Dev Lead” → “CTO” → “CEO (Ada)”): reporting lines cannot form a loop.",
      );
      expect(describeOpReason(error, "it")).toContain("non può riportare a “Dev Lead”");
    });

    it("refuses a second manager and suggests a dotted line", () => {
      const error = refused([{ type: "addEdge", edge: { id: "x", source: "cio", target: "dev", kind: "reports-to" } }]);
      expect(error).toMatchObject({ structure: { code: "two-managers", nodeId: "dev", managers: ["cto", "cio"] } });
      expect(describeOpReason(error, "en")).toBe(
        "“Dev Lead” already reports to “CTO”, and a node has only one direct manager. Remove that line first, or connect “CIO” with a dotted line.",
      );
      expect(describeOpReason(error, "it")).toMatch(/riporta già a “CTO”.*linea tratteggiata/);
    });

    it("accepts a re-parent written as remove-then-add, and judges the result, not the steps", () => {
      const reparent = applied([
        { type: "removeEdge", id: "e3" },
        { type: "addEdge", edge: { id: "x", source: "cio", target: "dev", kind: "reports-to" } },
      ]);
      expect(reparent.edges.map((e) => e.id)).toEqual(["e1", "e2", "e4", "x"]);
      // Swapped order: an intermediate state has two managers, the result does not.
      expect(
        applyOps(chart, [
          { type: "addEdge", edge: { id: "x", source: "cio", target: "dev", kind: "reports-to" } },
          { type: "removeEdge", id: "e3" },
        ]).ok,
      ).toBe(true);
    });

    it("refuses a self-loop, a repeated line, and an updateEdge that closes a loop", () => {
      expect(refused([{ type: "addEdge", edge: { id: "x", source: "cto", target: "cto", kind: "dotted" } }])).toMatchObject({
        structure: { code: "self-loop" },
      });
      expect(refused([{ type: "addEdge", edge: { id: "x", source: "cio", target: "dev", kind: "dotted" } }])).toMatchObject({
        structure: { code: "duplicate-edge", edgeId: "x" },
      });
      expect(refused([{ type: "updateEdge", id: "e1", patch: { source: "dev" } }])).toMatchObject({ structure: { code: "cycle" } });
      expect(refused([{ type: "updateEdge", id: "e4", patch: { kind: "reports-to" } }])).toMatchObject({ structure: { code: "two-managers" } });
    });

    it("names nodes added earlier in the same batch", () => {
      const error = refused([
        { type: "addNode", node: node("new", "Architect") },
        { type: "addEdge", edge: { id: "a", source: "dev", target: "new", kind: "reports-to" } },
        { type: "addEdge", edge: { id: "b", source: "cto", target: "new", kind: "reports-to" } },
      ]);
      expect(error.opIndex).toBe(2);
      expect(describeOpReason(error, "en")).toContain("“Architect” already reports to “Dev Lead”");
    });
  });

  // Speed is measured by `npm run bench -- sync` (sync.ack.*), not by a timed unit test.
  it("applies small batches to a 10,000-node chart", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => node(`n${i}`, `Node ${i}`));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${Math.floor(i / 4)}`, target: n.id, kind: "reports-to" as const }));
    const big: Chart = { name: "Big", nodes, edges };
    for (let k = 0; k < 20; k++) {
      expect(applied([{ type: "moveNodes", moves: [{ id: `n${k}`, position: { x: k, y: k } }] }], big).nodes[k]?.position).toEqual({ x: k, y: k });
      expect(applied([{ type: "addEdge", edge: { id: `x${k}`, source: "n5", target: `n${9000 + k}`, kind: "dotted" } }], big).edges).toHaveLength(10_000);
    }
  });
});
