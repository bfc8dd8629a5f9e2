import { describe, expect, it } from "vitest";
import { describeOpReason } from "../sync/describe-op-reason";
import { applyOps } from "./apply-ops";
import type { ChartOp } from "./chart-ops";
import { addReportGesture, connectGesture, createNode, removeEdgesGesture, removeNodesGesture, reparentGesture } from "./gestures";
import { invertOps } from "./invert-ops";
import type { Chart } from "./types";

// ceo ─ cto ─ dev ─ intern ; ceo ─ cio ; cio ┈ dev
const chart: Chart = {
  name: "Acme",
  nodes: ["ceo", "cto", "cio", "dev", "intern"].map((id) => createNode({ id, title: id.toUpperCase() })),
  edges: [
    { id: "e1", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e2", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e3", source: "cto", target: "dev", kind: "reports-to" },
    { id: "e4", source: "dev", target: "intern", kind: "reports-to" },
    { id: "e5", source: "cio", target: "dev", kind: "dotted" },
  ],
};

function apply(ops: ChartOp[]): Chart {
  const result = applyOps(chart, ops);
  if (!result.ok) throw new Error(result.error.code);
  // Every gesture must be undoable exactly.
  const back = applyOps(result.chart, invertOps(chart, ops));
  expect(back.ok && back.chart).toStrictEqual(chart);
  return result.chart;
}

const managerOf = (c: Chart, id: string) => c.edges.find((e) => e.kind === "reports-to" && e.target === id)?.source;

describe("removeNodesGesture", () => {
  it("re-attaches reports to the deleted node's manager", () => {
    const after = apply(removeNodesGesture(chart, ["cto"], "reattach"));
    expect(managerOf(after, "dev")).toBe("ceo");
    expect(after.nodes.some((n) => n.id === "cto")).toBe(false);
  });

  it("re-attaches past managers deleted in the same gesture", () => {
    const after = apply(removeNodesGesture(chart, ["dev", "cto"], "reattach"));
    expect(managerOf(after, "intern")).toBe("ceo");
  });

  it("detaches reports, leaving them as roots", () => {
    const after = apply(removeNodesGesture(chart, ["cto"], "detach"));
    expect(managerOf(after, "dev")).toBeUndefined();
    expect(after.edges.map((e) => e.id)).toEqual(["e2", "e4", "e5"]);
  });

  it("ignores ids that are already gone", () => {
    expect(removeNodesGesture(chart, ["ghost"], "reattach")).toEqual([]);
  });
});

describe("reparentGesture", () => {
  it("replaces the reports-to line", () => {
    const after = apply(reparentGesture(chart, "dev", "cio"));
    expect(managerOf(after, "dev")).toBe("cio");
    expect(after.edges.filter((e) => e.target === "dev" && e.kind === "reports-to")).toHaveLength(1);
  });

  it("makes a root with null, and does nothing when the manager is unchanged", () => {
    expect(managerOf(apply(reparentGesture(chart, "dev", null)), "dev")).toBeUndefined();
    expect(reparentGesture(chart, "dev", "cto")).toEqual([]);
  });

  it("leaves refusing a loop to applyOps, with its message", () => {
    const result = applyOps(chart, reparentGesture(chart, "cto", "intern"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeOpReason(result.error, "en")).toContain("“CTO” cannot report to “INTERN”");
  });
});

describe("addReportGesture, connectGesture, removeEdgesGesture", () => {
  it("adds a node with its line", () => {
    const after = apply(addReportGesture("cio", createNode({ id: "sec", title: "Security" })));
    expect(managerOf(after, "sec")).toBe("cio");
  });

  it("connects and removes lines", () => {
    const connected = apply(connectGesture("cto", "cio", "dotted"));
    expect(connected.edges).toHaveLength(6);
    const removed = apply(removeEdgesGesture(chart, ["e5", "e5", "ghost"]));
    expect(removed.edges.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e4"]);
  });
});
