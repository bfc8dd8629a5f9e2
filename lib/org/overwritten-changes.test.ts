import { describe, expect, it } from "vitest";
import { overwrittenChanges } from "./overwritten-changes";
import { base, proposal } from "./testing/proposal-fixture";
import type { Chart } from "./types";

describe("overwrittenChanges", () => {
  it("lists the fields and texts both sides changed differently, not those only one side changed or both changed alike", () => {
    const origin: Chart = {
      ...base,
      nodes: base.nodes.map((n) =>
        n.id === "cto" ? { ...n, title: "CTO & Innovation" } : n.id === "cio" ? { ...n, person: "Sara Bianchi", responsibilities: [{ id: "r1", text: "Run IT" }] } : n,
      ),
    };
    expect(overwrittenChanges(base, origin, proposal)).toEqual([
      { nodeId: "cio", title: "CIO", field: "responsibility", was: "Run IT", now: "IT operations and service desk" },
      { nodeId: "cto", title: "CTO & Innovation", field: "title", was: "CTO & Innovation", now: "Chief Technology Officer" },
    ]);
  });
});
