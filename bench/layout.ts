/**
 * Layout speed on a generated 10,000-node organisation: `npx tsx bench/layout.ts`.
 * Prints the median of several runs after warm-up, in the `bench <name> <ms> ms` format.
 */
import { layoutTree } from "../lib/layout/layout-tree";
import type { Chart, OrgEdge, OrgNode } from "../lib/org/types";

/** Deterministic PRNG so every run lays out the same chart. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible organisation: managers with 2–12 reports, breadth-first, about six levels deep. */
function generateChart(size: number, seed = 42): Chart {
  const random = mulberry32(seed);
  const nodes: OrgNode[] = [];
  const edges: OrgEdge[] = [];
  const node = (i: number): OrgNode => ({
    id: `n${i}`,
    title: `Role ${i}`,
    person: null,
    role: null,
    kind: "role",
    position: null,
    collapsed: false,
    responsibilities: [],
  });
  nodes.push(node(0));
  const managers = [0];
  for (let head = 0; nodes.length < size && head < managers.length; head++) {
    const manager = managers[head] as number;
    const reports = 2 + Math.floor(random() * 11);
    for (let k = 0; k < reports && nodes.length < size; k++) {
      const i = nodes.length;
      nodes.push(node(i));
      edges.push({ id: `e${i}`, source: `n${manager}`, target: `n${i}`, kind: "reports-to" });
      // About a third of people manage someone.
      if (random() < 0.35) managers.push(i);
    }
  }
  return { name: "Bench", nodes, edges };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function bench(name: string, run: () => void, warmup = 5, runs = 15): void {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  console.log(`bench ${name} ${median(times).toFixed(1)} ms`);
}

const chart = generateChart(10_000);
if (chart.nodes.length !== 10_000) throw new Error(`generated ${chart.nodes.length} nodes, expected 10000`);
// A fresh nodes array per run, as after every edit, so the cached chart index is rebuilt each time.
const fresh = (): Chart => ({ ...chart, nodes: chart.nodes.slice() });
bench("layout.10000", () => layoutTree(fresh()));
bench("layout.10000.compact", () => layoutTree(fresh(), { compact: true }));
