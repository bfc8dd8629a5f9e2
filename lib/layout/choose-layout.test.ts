import { describe, expect, it } from "vitest";
import { createNode } from "../org/gestures";
import type { Chart } from "../org/types";
import { chooseLayout } from "./choose-layout";
import { layoutTree } from "./layout-tree";

const node = (id: string) => createNode({ id, title: id });

/** A CEO with `managers` managers, each with `reports` individual contributors. */
function organisation(managers: number, reports: number): Chart {
  const nodes = [node("ceo")];
  const edges: Chart["edges"] = [];
  for (let m = 0; m < managers; m++) {
    nodes.push(node(`m${m}`));
    edges.push({ id: `ceo-m${m}`, source: "ceo", target: `m${m}`, kind: "reports-to" });
    for (let r = 0; r < reports; r++) {
      nodes.push(node(`m${m}r${r}`));
      edges.push({ id: `m${m}-r${r}`, source: `m${m}`, target: `m${m}r${r}`, kind: "reports-to" });
    }
  }
  return { name: "x", nodes, edges };
}

describe("chooseLayout", () => {
  it("keeps the tidy tree for a small leadership team", () => {
    const chart = organisation(3, 2);
    const chosen = chooseLayout(chart);
    expect(chosen.compact).toBe(false);
    expect(chosen.positions).toEqual(layoutTree(chart));
  });

  it("stacks a wide organisation (12 managers × 25 reports) instead of drawing a ribbon", () => {
    const chart = organisation(12, 25);
    const chosen = chooseLayout(chart);
    expect(chosen.compact).toBe(true);
    expect(chosen.positions).toEqual(layoutTree(chart, { compact: true }));
    expect(chosen.positions.size).toBe(chart.nodes.length);
  });
});
