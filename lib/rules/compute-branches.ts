import type { Chart } from "../org/types";
import { recognizeRole } from "./recognize-role";

/** Who holds the document's two roles, and the branch under each. */
export interface RoleBranches {
  /** Nodes holding the CIO role (a combined CIO+CTO node included), in chart order. */
  cio: string[];
  /** Nodes holding the CTO role (a combined CIO+CTO node included), in chart order. */
  cto: string[];
  /** Nodes holding both roles at once. */
  combined: string[];
  /** The CIO node(s) and everyone reporting to them, directly or not. */
  cioBranch: ReadonlySet<string>;
  ctoBranch: ReadonlySet<string>;
  /**
   * A CIO and a CTO exist as different nodes: the condition of the overlap, misplaced and
   * department rules. A single combined node is not distinct; a combined node plus a separate
   * CTO is (the combined node is then a CIO distinct from that CTO).
   */
  distinct: boolean;
}

/**
 * The nodes reachable from `roots` by following reports-to lines downwards: a branch.
 * Dotted lines are drawn but never change a branch. Lines to missing nodes are ignored and
 * cycles cannot loop, so an in-progress chart is safe to analyse.
 */
export function branchOf(roots: readonly string[], reportsOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const branch = new Set<string>(roots);
  const queue = [...roots];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const report of reportsOf.get(next) ?? []) {
      if (!branch.has(report)) {
        branch.add(report);
        queue.push(report);
      }
    }
  }
  return branch;
}

export function reportsByManager(chart: Pick<Chart, "nodes" | "edges">): Map<string, string[]> {
  const ids = new Set(chart.nodes.map((node) => node.id));
  const reports = new Map<string, string[]>();
  for (const edge of chart.edges) {
    if (edge.kind !== "reports-to" || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    const list = reports.get(edge.source);
    if (list === undefined) reports.set(edge.source, [edge.target]);
    else list.push(edge.target);
  }
  return reports;
}

/**
 * Who holds each role. A node whose title only describes the role ("Head of IT", "IT Manager",
 * "Responsabile ICT", "Direttore tecnico") holds it when no node names it ("CIO", "Chief
 * Information Officer", an explicit `role`): DOMAIN.md §2 reads "Responsabile IT" as the CIO,
 * which is right for a firm whose IT head is its CIO; next to a named CIO the same title is an IT
 * manager, and counting it as a second CIO would put its branch in the CIO's (hiding IT filed
 * under the CTO) and, beside a combined CIO+CTO, would make every duty an overlap.
 *
 * With several CIO nodes (a chart mid-edit, or a group with two subsidiaries' CIOs), the CIO
 * branch is the union of their branches; likewise for the CTO. Every CIO-side duty held under
 * any of them is then "in the CIO branch", which is what a reader of the chart would expect.
 */
export function computeRoleBranches(chart: Pick<Chart, "nodes" | "edges">): RoleBranches {
  const holdings = chart.nodes.map((node) => ({ id: node.id, role: recognizeRole(node) }));
  const cioNamed = holdings.some(({ role }) => role.cio && !role.described);
  const ctoNamed = holdings.some(({ role }) => role.cto && !role.described);
  const cio: string[] = [];
  const cto: string[] = [];
  const combined: string[] = [];
  for (const { id, role } of holdings) {
    const isCio = role.cio && (!role.described || !cioNamed);
    const isCto = role.cto && (!role.described || !ctoNamed);
    if (isCio) cio.push(id);
    if (isCto) cto.push(id);
    if (isCio && isCto) combined.push(id);
  }
  const reports = reportsByManager(chart);
  return {
    cio,
    cto,
    combined,
    cioBranch: branchOf(cio, reports),
    ctoBranch: branchOf(cto, reports),
    distinct: cio.some((a) => cto.some((b) => a !== b)),
  };
}
