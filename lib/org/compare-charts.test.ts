import { describe, expect, it } from "vitest";
import { changeTone, compareCharts } from "./compare-charts";
import type { Chart, OrgNode } from "./types";

const node = (id: string, title: string, extra: Partial<OrgNode> = {}): OrgNode => ({
  id, title, person: null, role: null, kind: "role", position: { x: 0, y: 0 }, collapsed: false, responsibilities: [], ...extra,
});

const before: Chart = {
  name: "as-is",
  nodes: [
    node("ceo", "CEO"),
    node("cio", "CIO", { responsibilities: [{ id: "r1", text: "IT operations" }, { id: "r2", text: "Vendors" }] }),
    node("cto", "CTO"),
    node("it", "IT department", { kind: "department" }),
  ],
  edges: [
    { id: "e1", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e2", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e3", source: "cto", target: "it", kind: "reports-to" },
    { id: "e4", source: "cio", target: "cto", kind: "dotted" },
  ],
};

describe("compareCharts", () => {
  it("names cards added, removed, moved, renamed and changed; responsibilities added, removed, re-worded; dotted lines", () => {
    const after: Chart = {
      name: "to-be",
      nodes: [
        node("ceo", "Chief Executive", { position: { x: 500, y: 0 } }),
        node("cio", "CIO", { person: "Sara", responsibilities: [{ id: "r1", text: "IT operations and service desk" }, { id: "r3", text: "Training" }] }),
        node("it", "IT department", { kind: "department" }),
        node("pmo", "PMO"),
      ],
      edges: [
        { id: "e1", source: "ceo", target: "cio", kind: "reports-to" },
        { id: "e5", source: "cio", target: "it", kind: "reports-to" },
        { id: "e6", source: "cio", target: "pmo", kind: "reports-to" },
      ],
    };
    const changes = compareCharts(before, after);
    expect(changes).toEqual([
      { type: "node-renamed", node: { id: "ceo", title: "Chief Executive" }, from: "CEO" },
      { type: "node-changed", node: { id: "cio", title: "CIO" }, fields: ["person"] },
      { type: "responsibility-reworded", node: { id: "cio", title: "CIO" }, from: "IT operations", to: "IT operations and service desk" },
      { type: "responsibility-added", node: { id: "cio", title: "CIO" }, text: "Training" },
      { type: "responsibility-removed", node: { id: "cio", title: "CIO" }, text: "Vendors" },
      { type: "node-added", node: { id: "pmo", title: "PMO" } },
      { type: "node-moved", node: { id: "it", title: "IT department" }, from: { id: "cto", title: "CTO" }, to: { id: "cio", title: "CIO" } },
      { type: "node-removed", node: { id: "cto", title: "CTO" } },
      { type: "line-removed", source: { id: "cio", title: "CIO" }, target: { id: "cto", title: "CTO" } },
    ]);
    expect(changes.map(changeTone)).toEqual(["changed", "changed", "changed", "added", "removed", "added", "changed", "removed", "removed"]);
  });

  it("finds nothing between a chart and itself, nor when only positions changed", () => {
    expect(compareCharts(before, before)).toEqual([]);
    expect(compareCharts(before, { ...before, nodes: before.nodes.map((n) => ({ ...n, position: { x: 9, y: 9 } })) })).toEqual([]);
  });
});
