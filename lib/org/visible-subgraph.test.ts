import { describe, expect, it } from "vitest";
import type { Chart, OrgNode } from "./types";
import { visibleSubgraph } from "./visible-subgraph";

function node(id: string, collapsed = false): OrgNode {
  return { id, title: id, person: null, role: null, kind: "role", position: null, collapsed, responsibilities: [] };
}

// ceo ─ cto(collapsed) ─ dev ─ intern ; ceo ─ cio ; cio ┈ dev ; lone
const chart: Chart = {
  name: "c",
  nodes: [node("ceo"), node("cto", true), node("dev", true), node("intern"), node("cio"), node("lone", true)],
  edges: [
    { id: "e1", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e2", source: "cto", target: "dev", kind: "reports-to" },
    { id: "e3", source: "dev", target: "intern", kind: "reports-to" },
    { id: "e4", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e5", source: "cio", target: "dev", kind: "dotted" },
  ],
};

describe("visibleSubgraph", () => {
  it("hides everything under a collapsed node and counts it", () => {
    const v = visibleSubgraph(chart);
    expect([...v.nodeIds].sort()).toEqual(["ceo", "cio", "cto", "lone"]);
    expect([...v.edgeIds].sort()).toEqual(["e1", "e4"]);
    // dev's own collapse is inside a hidden subtree; lone has no reports to hide.
    expect(v.hiddenCount).toEqual(new Map([["cto", 2]]));
  });

  it("can use view state instead of the stored flags", () => {
    const v = visibleSubgraph(chart, (n) => n.id === "dev");
    expect(v.nodeIds.has("intern")).toBe(false);
    expect(v.edgeIds.has("e5")).toBe(true);
    expect(v.hiddenCount).toEqual(new Map([["dev", 1]]));
    expect(visibleSubgraph(chart, () => false).nodeIds.size).toBe(6);
  });

  it("handles a 10,000-level chain without recursion", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => node(`n${i}`));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, kind: "reports-to" as const }));
    const v = visibleSubgraph({ name: "c", nodes, edges }, (n) => n.id === "n1");
    expect(v.nodeIds.size).toBe(2);
    expect(v.hiddenCount.get("n1")).toBe(9_998);
  });
});
