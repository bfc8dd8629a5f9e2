/**
 * Layout speed on a generated 10,000-node organisation: `npx tsx bench/layout.ts`.
 * Prints the median of several runs after warm-up, in the `bench <name> <ms> ms` format.
 */
import { layoutTree } from "../lib/layout/layout-tree";
import { createNode } from "../lib/org/gestures";
import type { Chart, OrgNode } from "../lib/org/types";
import { generateOrgTree } from "./lib/generate-org-tree";
import { seededRandom } from "./lib/random";
import { measure, printBench } from "./lib/stats";

/** A plausible organisation: managers with 2–12 reports, breadth-first; about a third manage someone. */
function generateChart(size: number, seed = 42): Chart {
  const random = seededRandom(seed);
  const node = (i: number): OrgNode => createNode({ id: `n${i}`, title: `Role ${i}` });
  return generateOrgTree(size, "Bench", { random, node, manages: () => random() < 0.35 });
}

const chart = generateChart(10_000);
if (chart.nodes.length !== 10_000) throw new Error(`generated ${chart.nodes.length} nodes, expected 10000`);
// A fresh nodes array per run, as after every edit, so the cached chart index is rebuilt each time.
const fresh = (): Chart => ({ ...chart, nodes: chart.nodes.slice() });
printBench("layout.10000", measure(15, 5, () => layoutTree(fresh())), "ms");
printBench("layout.10000.compact", measure(15, 5, () => layoutTree(fresh(), { compact: true })), "ms");
