import { layoutTree } from "../lib/layout/layout-tree";
import type { ChartOp } from "../lib/org/chart-ops";
import { createNode } from "../lib/org/gestures";
import type { Chart, OrgNode } from "../lib/org/types";
import { generateOrgTree } from "./lib/generate-org-tree";
import { seededRandom } from "./lib/random";

const RESPONSIBILITIES = ["Gestire le operazioni IT", "Manage the engineering department", "Lavorare con i fornitori di tecnologia", "Improve the products we offer"];

/**
 * A plausible organisation of `size` nodes (managers with 2–12 reports, breadth-first, a CIO and
 * a CTO under the root, some responsibilities and departments), laid out as the editor would
 * (compact tidy tree), so the page opens straight on stored positions.
 */
export function generateChart(size: number, seed = 7): Chart {
  const random = seededRandom(seed);
  const node = (i: number): OrgNode =>
    createNode({
      id: `n${i}`,
      title: i === 0 ? "Chief Executive Officer" : i === 1 ? "Chief Information Officer" : i === 2 ? "Chief Technology Officer" : `Role ${i}`,
      person: `Person ${i}`,
      kind: i > 2 && random() < 0.05 ? "department" : "role",
      responsibilities: random() < 0.2 ? [{ id: `r${i}`, text: RESPONSIBILITIES[i % RESPONSIBILITIES.length] as string }] : [],
    });
  const { nodes, edges } = generateOrgTree(size, `Bench ${size}`, { random, node });
  const positions = layoutTree({ nodes, edges }, { nodeWidth: 240, nodeHeight: 104, compact: true });
  return { name: `Bench ${size}`, nodes: nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? null })), edges };
}

/** The chart as batches of ops the API accepts (it caps a request at 5,000 ops). */
export function chartAsOpBatches(chart: Chart, batchSize = 5000): ChartOp[][] {
  const ops: ChartOp[] = [
    ...chart.nodes.map((node): ChartOp => ({ type: "addNode", node })),
    ...chart.edges.map((edge): ChartOp => ({ type: "addEdge", edge })),
  ];
  const batches: ChartOp[][] = [];
  for (let i = 0; i < ops.length; i += batchSize) batches.push(ops.slice(i, i + batchSize));
  return batches;
}
