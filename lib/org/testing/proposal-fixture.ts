import type { Chart, OrgNode } from "../types";

/**
 * A chart a proposal started from (`base`) and the proposal: IT moves under the CIO, the CIO gets a
 * person and a duty, a PMO is added, the CTO is renamed.
 */
export const node = (id: string, title: string, extra: Partial<OrgNode> = {}): OrgNode => ({
  id, title, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...extra,
});
export const base: Chart = {
  name: "Origin",
  nodes: [
    node("ceo", "CEO"),
    node("cio", "CIO", { responsibilities: [{ id: "r1", text: "IT operations" }] }),
    node("cto", "CTO"),
    node("it", "Reparto IT", { kind: "department" }),
  ],
  edges: [
    { id: "e1", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e2", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e3", source: "cto", target: "it", kind: "reports-to" },
  ],
};

export const proposal: Chart = {
  name: "Proposal: IT under the CIO",
  nodes: [
    node("ceo", "CEO"),
    node("cio", "CIO", { person: "Sara Bianchi", responsibilities: [{ id: "r1", text: "IT operations and service desk" }, { id: "r2", text: "Technology vendors" }] }),
    node("cto", "Chief Technology Officer"),
    node("it", "Reparto IT", { kind: "department" }),
    node("pmo", "PMO"),
  ],
  edges: [
    { id: "e1", source: "ceo", target: "cio", kind: "reports-to" },
    { id: "e2", source: "ceo", target: "cto", kind: "reports-to" },
    { id: "e4", source: "cio", target: "it", kind: "reports-to" },
    { id: "e5", source: "ceo", target: "pmo", kind: "dotted" },
  ],
};

