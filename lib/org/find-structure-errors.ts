import type { Chart } from "./types";

/**
 * Structural problems that make a chart unacceptable: the `orgchart/v1` import refuses them,
 * and the canvas refuses an edit that would introduce one. Each error names the offending item.
 */
export type StructureError =
  | { code: "duplicate-node-id"; nodeId: string }
  | { code: "duplicate-edge"; edgeId: string; source: string; target: string }
  | { code: "dangling-edge"; edgeId: string; source: string; target: string; missing: string }
  | { code: "self-loop"; edgeId: string; nodeId: string }
  | { code: "two-managers"; nodeId: string; managers: [string, string] }
  | { code: "cycle"; nodeIds: string[] };

export type Lang = "it" | "en";

export function findStructureErrors(chart: Pick<Chart, "nodes" | "edges">): StructureError[] {
  const errors: StructureError[] = [];
  const ids = new Set<string>();
  for (const node of chart.nodes) {
    if (ids.has(node.id)) errors.push({ code: "duplicate-node-id", nodeId: node.id });
    ids.add(node.id);
  }

  const seenEdges = new Set<string>();
  const managerOf = new Map<string, string>();
  for (const edge of chart.edges) {
    const missing = !ids.has(edge.source) ? edge.source : !ids.has(edge.target) ? edge.target : null;
    if (missing !== null) {
      errors.push({ code: "dangling-edge", edgeId: edge.id, source: edge.source, target: edge.target, missing });
      continue;
    }
    if (edge.source === edge.target) {
      errors.push({ code: "self-loop", edgeId: edge.id, nodeId: edge.source });
      continue;
    }
    const key = `${edge.source}\u0000${edge.target}\u0000${edge.kind}`;
    if (seenEdges.has(key)) {
      errors.push({ code: "duplicate-edge", edgeId: edge.id, source: edge.source, target: edge.target });
      continue;
    }
    seenEdges.add(key);
    if (edge.kind !== "reports-to") continue;
    const existing = managerOf.get(edge.target);
    if (existing !== undefined) {
      errors.push({ code: "two-managers", nodeId: edge.target, managers: [existing, edge.source] });
      continue;
    }
    managerOf.set(edge.target, edge.source);
  }

  // With at most one manager each, reports-to lines form a functional graph: walking up from
  // every node either ends at a root or enters a cycle. Colour nodes so each is walked once.
  const state = new Map<string, "walking" | "done">();
  for (const start of ids) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, "walking");
      path.push(current);
      current = managerOf.get(current);
    }
    if (current !== undefined && state.get(current) === "walking") {
      errors.push({ code: "cycle", nodeIds: path.slice(path.indexOf(current)) });
    }
    for (const id of path) state.set(id, "done");
  }
  return errors;
}

export function describeStructureError(error: StructureError, lang: Lang = "en"): string {
  const it = lang === "it";
  switch (error.code) {
    case "duplicate-node-id":
      return it ? `L'id di nodo "${error.nodeId}" è usato più di una volta.` : `Node id "${error.nodeId}" is used more than once.`;
    case "duplicate-edge":
      return it
        ? `La linea da "${error.source}" a "${error.target}" è ripetuta.`
        : `The line from "${error.source}" to "${error.target}" is repeated.`;
    case "dangling-edge":
      return it
        ? `La linea da "${error.source}" a "${error.target}" punta al nodo inesistente "${error.missing}".`
        : `The line from "${error.source}" to "${error.target}" refers to a missing node "${error.missing}".`;
    case "self-loop":
      return it ? `Il nodo "${error.nodeId}" non può riportare a se stesso.` : `Node "${error.nodeId}" cannot report to itself.`;
    case "two-managers":
      return it
        ? `Il nodo "${error.nodeId}" riporterebbe a due responsabili ("${error.managers[0]}" e "${error.managers[1]}"); usa una linea tratteggiata per il secondo.`
        : `Node "${error.nodeId}" would report to two managers ("${error.managers[0]}" and "${error.managers[1]}"); use a dotted line for the second.`;
    case "cycle":
      return it
        ? `Le linee di riporto formano un ciclo: ${[...error.nodeIds, error.nodeIds[0]].join(" → ")}.`
        : `The reporting lines form a cycle: ${[...error.nodeIds, error.nodeIds[0]].join(" → ")}.`;
  }
}
