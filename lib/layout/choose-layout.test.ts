import { describe, expect, it } from "vitest";
import { createNode } from "../org/gestures";
import type { Chart } from "../org/types";
import { chooseLayout, MAX_TIDY_ASPECT } from "./choose-layout";
import { DEFAULT_LAYOUT, layoutTree } from "./layout-tree";

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

  it("hangs the small teams of a very broad organisation as lists, so it is not a ribbon", () => {
    // A CEO, 40 directors, each with 4 managers of 3 people: 681 cards, most managers at the bottom.
    const chart = organisation(40, 4);
    for (const manager of chart.nodes.filter((n) => n.id.includes("r"))) {
      for (let k = 0; k < 3; k++) {
        chart.nodes.push(node(`${manager.id}p${k}`));
        chart.edges.push({ id: `${manager.id}-p${k}`, source: manager.id, target: `${manager.id}p${k}`, kind: "reports-to" });
      }
    }
    const chosen = chooseLayout(chart);
    expect(chosen.compact).toBe(true);
    expect(chosen.hangDepth).toBeGreaterThan(0);
    expect(chosen.positions).toEqual(layoutTree(chart, { compact: true, hangDepth: chosen.hangDepth }));
    const xs = [...chosen.positions.values()].map((p) => p.x);
    const ys = [...chosen.positions.values()].map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs) + DEFAULT_LAYOUT.nodeWidth) / (Math.max(...ys) - Math.min(...ys) + DEFAULT_LAYOUT.nodeHeight);
    expect(aspect).toBeLessThanOrEqual(MAX_TIDY_ASPECT);
    expect(layoutTree(chart, { compact: true }).size).toBe(chart.nodes.length);
  });
});
