import { describe, expect, it } from "vitest";
import { applyOps } from "../../org/apply-ops";
import type { ChartOp } from "../../org/chart-ops";
import { buildChart } from "../fixtures/charts";
import { describeChanges } from "./describe-changes";

const chart = buildChart(
  [{ id: "cio", title: "CIO" }, { id: "cto", title: "CTO", person: "Bruno", does: ["Helpdesk", "Fornitori"] }, { id: "it", title: "IT" }],
  ["cto>it"],
);

function after(ops: ChartOp[]) {
  const result = applyOps(chart, ops);
  if (!result.ok) throw new Error(result.error.message);
  return result.chart;
}

describe("describeChanges", () => {
  it("names moved cards, taken and decided responsibilities, new cards and roles", () => {
    const changed = after([
      { type: "removeEdge", id: "cto->it" },
      { type: "addEdge", edge: { id: "x", source: "cio", target: "it", kind: "reports-to" } },
      { type: "setResponsibilities", nodeId: "cto", responsibilities: [{ id: "cto#1", text: "Fornitori", duty: null }] },
      { type: "addNode", node: { id: "n", title: "CTO 2", person: null, role: "CTO", kind: "role", position: null, collapsed: false, responsibilities: [] } },
      { type: "updateNode", id: "cio", patch: { role: "CIO" } },
      { type: "moveNodes", moves: [{ id: "cto", position: { x: 5, y: 5 } }] },
    ]);
    expect(describeChanges(chart, changed, "en")).toEqual([
      '"CIO" becomes the CIO',
      '"CTO" (Bruno) no longer has “Helpdesk”',
      'At "CTO" (Bruno), “Fornitori” counts as no duty',
      '"IT" now reports to "CIO"',
      'New card "CTO 2"',
    ]);
  });

  it("says nothing for a move on the canvas", () => {
    expect(describeChanges(chart, after([{ type: "moveNodes", moves: [{ id: "cto", position: { x: 5, y: 5 } }] }]), "it")).toEqual([]);
  });
});
