import { describe, expect, it } from "vitest";
import { applyBatch } from "./apply-batch";
import { proposalOps } from "./proposal-ops";
import { base, proposal } from "./testing/proposal-fixture";
import type { Chart } from "./types";

const contentOf = (chart: Chart) => ({ nodes: chart.nodes.map((n) => ({ ...n, position: null })), edges: [...chart.edges].sort((a, b) => a.id.localeCompare(b.id)) });

describe("proposalOps", () => {
  it("applied to the chart it started from, gives the proposal", () => {
    const { ops, gestures } = proposalOps(base, proposal);
    const outcome = applyBatch(base, ops, gestures);
    expect(outcome.results.every((result) => result.status === "applied")).toBe(true);
    expect(contentOf(outcome.chart)).toEqual(contentOf({ ...proposal, nodes: proposal.nodes }));
    expect(outcome.chart.name).toBe("Origin");
  });

  it("sends only the fields it changed: a colleague's later edit of another field of the same card stays", () => {
    const origin: Chart = { ...base, nodes: base.nodes.map((n) => (n.id === "cio" ? { ...n, role: "CIO", title: "Chief Information Officer" } : n)) };
    const { ops, gestures } = proposalOps(base, proposal);
    const merged = applyBatch(origin, ops, gestures).chart;
    expect(merged.nodes.find((n) => n.id === "cio")).toMatchObject({ title: "Chief Information Officer", role: "CIO", person: "Sara Bianchi" });
  });

  it("a card moved on both sides: the proposal's move is refused whole, the origin's manager stays, nothing is orphaned", () => {
    const origin: Chart = { ...base, edges: [...base.edges.filter((e) => e.id !== "e3"), { id: "e9", source: "ceo", target: "it", kind: "reports-to" }] };
    const { ops, gestures } = proposalOps(base, proposal);
    const outcome = applyBatch(origin, ops, gestures);
    const refused = ops.filter((_, i) => outcome.results[i]?.status === "refused");
    expect(refused.map((op) => op.type)).toEqual(["removeEdge", "addEdge"]);
    expect(outcome.chart.edges.filter((e) => e.target === "it")).toEqual([{ id: "e9", source: "ceo", target: "it", kind: "reports-to" }]);
  });

  it("a card the origin deleted meanwhile: the proposal's edits of it are refused, the rest applies (its former report moves as proposed)", () => {
    const origin: Chart = { ...base, nodes: base.nodes.filter((n) => n.id !== "cto"), edges: base.edges.filter((e) => e.target !== "cto" && e.source !== "cto") };
    const { ops, gestures } = proposalOps(base, proposal, origin);
    const outcome = applyBatch(origin, ops, gestures);
    const refused = ops.filter((_, i) => outcome.results[i]?.status === "refused");
    expect(refused).toEqual([{ type: "updateNode", id: "cto", patch: { title: "Chief Technology Officer" } }]);
    expect(outcome.chart.nodes.map((n) => n.id)).toContain("pmo");
    expect(outcome.chart.edges.filter((e) => e.target === "it")).toEqual([{ id: "e4", source: "cio", target: "it", kind: "reports-to" }]);
  });

  it("no change, no ops", () => {
    expect(proposalOps(base, base)).toEqual({ ops: [], gestures: [] });
  });
});
