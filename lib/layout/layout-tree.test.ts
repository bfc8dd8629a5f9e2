import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Chart, OrgEdge, OrgNode, Position } from "../org/types";
import { visibleSubgraph } from "../org/visible-subgraph";
import { DEFAULT_LAYOUT, layoutTree } from "./layout-tree";

const { nodeWidth: W, nodeHeight: H } = DEFAULT_LAYOUT;

function node(id: string, collapsed = false): OrgNode {
  return { id, title: id, person: null, role: null, kind: "role", position: null, collapsed, responsibilities: [] };
}

/** parents[i] % (i + 1) is node i's manager; equal to i means a root. */
function chartOf(parents: number[], collapsed: boolean[] = []): Chart {
  const nodes = parents.map((_, i) => node(`n${i}`, collapsed[i] ?? false));
  const edges: OrgEdge[] = [];
  parents.forEach((p, i) => {
    const m = p % (i + 1);
    if (m !== i) edges.push({ id: `e${i}`, source: `n${m}`, target: `n${i}`, kind: "reports-to" });
  });
  return { name: "c", nodes, edges };
}

function overlaps(positions: Map<string, Position>): [string, string] | null {
  const boxes = [...positions];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i] as [string, Position];
      const [b, q] = boxes[j] as [string, Position];
      if (Math.abs(p.x - q.x) < W && Math.abs(p.y - q.y) < H) return [a, b];
    }
  }
  return null;
}

function width(positions: Map<string, Position>): number {
  const xs = [...positions.values()].map((p) => p.x);
  return Math.max(...xs) + W - Math.min(...xs);
}

/** One manager with `count` leaf reports under the root. */
function wide(count: number, managers = 1): Chart {
  const parents = [0];
  for (let m = 0; m < managers; m++) {
    const manager = parents.length;
    parents.push(0);
    for (let k = 0; k < count; k++) parents.push(manager);
  }
  return chartOf(parents);
}

describe("layoutTree", () => {
  const arb = fc.record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
    collapsed: fc.array(fc.integer({ min: 0, max: 9 }).map((v) => v < 3), { maxLength: 60 }),
    compact: fc.boolean(),
    columns: fc.integer({ min: 1, max: 3 }),
    hangDepth: fc.integer({ min: 0, max: 3 }),
  });

  it("places every visible node, no boxes overlapping, reports below managers (property)", () => {
    fc.assert(
      fc.property(arb, ({ parents, collapsed, compact, columns, hangDepth }) => {
        const chart = chartOf(parents, collapsed);
        const positions = layoutTree(chart, { compact, compactColumns: columns, hangDepth });
        expect(new Set(positions.keys())).toEqual(visibleSubgraph(chart).nodeIds);
        expect(overlaps(positions)).toBeNull();
        for (const edge of chart.edges) {
          const manager = positions.get(edge.source);
          const report = positions.get(edge.target);
          if (manager && report) expect(report.y).toBeGreaterThanOrEqual(manager.y + H);
        }
        expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("centres a manager over its reports and keeps chart order", () => {
    const positions = layoutTree(chartOf([0, 0, 0, 0]));
    const [a, b, c] = ["n1", "n2", "n3"].map((id) => positions.get(id)) as [Position, Position, Position];
    expect(a.x).toBeLessThan(b.x);
    expect(b.x).toBeLessThan(c.x);
    expect(positions.get("n0")?.x).toBe(b.x);
    expect(b.x - a.x).toBe(W + DEFAULT_LAYOUT.siblingGap);
  });

  it("places separate trees side by side", () => {
    const positions = layoutTree(chartOf([0, 1, 0]));
    expect(positions.get("n0")?.y).toBe(0);
    expect(positions.get("n1")?.y).toBe(0);
    expect(positions.get("n1")?.x).toBe(W + DEFAULT_LAYOUT.rootGap);
  });

  it("in compact mode stacks leaves in columns under their manager", () => {
    const positions = layoutTree(wide(6), { compact: true });
    const leaves = ["n2", "n3", "n4", "n5", "n6", "n7"].map((id) => positions.get(id) as Position);
    expect(new Set(leaves.map((p) => p.x)).size).toBe(2);
    expect(new Set(leaves.map((p) => p.y)).size).toBe(3);
    // Column by column: the first three leaves are in the first column, top to bottom.
    expect(leaves.slice(0, 3).map((p) => p.x)).toEqual([leaves[0]?.x, leaves[0]?.x, leaves[0]?.x]);
    expect(leaves[1]?.y).toBe((leaves[0]?.y ?? 0) + H + DEFAULT_LAYOUT.stackGap);
  });

  it("makes a wide organisation much narrower in compact mode", () => {
    expect(width(layoutTree(wide(300), { compact: true }))).toBeLessThan(width(layoutTree(wide(300))) / 50);
    // 30 managers with 10 reports each: 300 people.
    expect(width(layoutTree(wide(10, 30), { compact: true }))).toBeLessThan(width(layoutTree(wide(10, 30))) / 3);
  });

  it("in compact mode hangs subtrees up to hangDepth levels deep as indented lists", () => {
    // The root, two managers, each with two team leads with two reports each.
    const parents = [0, 0, 0];
    for (const manager of [1, 2]) {
      for (let lead = 0; lead < 2; lead++) {
        const id = parents.length;
        parents.push(manager, id, id);
      }
    }
    const chart = chartOf(parents);
    const leaves = layoutTree(chart, { compact: true });
    const hung = layoutTree(chart, { compact: true, hangDepth: 1 });
    expect(width(hung)).toBeLessThan(width(leaves));
    // Team lead n3 hangs under manager n1, its reports n4 and n5 indented below it, one under the other.
    const [lead, first, second] = ["n3", "n4", "n5"].map((id) => hung.get(id)) as [Position, Position, Position];
    expect(first.x).toBe(lead.x + DEFAULT_LAYOUT.hangIndent);
    expect(second.x).toBe(first.x);
    expect(first.y).toBe(lead.y + H + DEFAULT_LAYOUT.stackGap);
    expect(second.y).toBe(first.y + H + DEFAULT_LAYOUT.stackGap);
    expect(lead.y).toBeGreaterThan((hung.get("n1") as Position).y);
  });

  it("gives hidden nodes no position and no space", () => {
    const chart = chartOf([0, 0, 1, 1, 1, 0]);
    const open = layoutTree(chart);
    const closed = layoutTree({ ...chart, nodes: chart.nodes.map((n) => (n.id === "n1" ? { ...n, collapsed: true } : n)) });
    expect(closed.has("n2")).toBe(false);
    expect(width(closed)).toBeLessThan(width(open));
  });

  it("lays out a 10,000-level chain without recursion", () => {
    const parents = Array.from({ length: 10_000 }, (_, i) => Math.max(i - 1, 0));
    const positions = layoutTree(chartOf(parents));
    expect(positions.get("n9999")?.y).toBe(9_999 * (H + DEFAULT_LAYOUT.levelGap));
  });
});
