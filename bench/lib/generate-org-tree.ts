import type { Chart, OrgEdge, OrgNode } from "../../lib/org/types";

export interface OrgTreeShape {
  random: () => number;
  /** Builds node number i (0 is the root). */
  node: (i: number) => OrgNode;
  /** How many reports the manager taken `head`-th from the queue gets; default 2–12. */
  reports?: (head: number) => number;
  /** Whether node i manages others in turn; default everyone does. */
  manages?: (i: number) => boolean;
}

/** A plausible organisation of `size` nodes, filled breadth-first: managers and their reports. */
export function generateOrgTree(size: number, name: string, shape: OrgTreeShape): Chart {
  const reports = shape.reports ?? (() => 2 + Math.floor(shape.random() * 11));
  const manages = shape.manages ?? (() => true);
  const nodes: OrgNode[] = [shape.node(0)];
  const edges: OrgEdge[] = [];
  const managers = [0];
  for (let head = 0; nodes.length < size && head < managers.length; head++) {
    const manager = managers[head] as number;
    const count = reports(head);
    for (let k = 0; k < count && nodes.length < size; k++) {
      const i = nodes.length;
      nodes.push(shape.node(i));
      edges.push({ id: `e${i}`, source: `n${manager}`, target: `n${i}`, kind: "reports-to" });
      if (manages(i)) managers.push(i);
    }
  }
  return { name, nodes, edges };
}
