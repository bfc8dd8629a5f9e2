import { describe, expect, it } from "vitest";
import { applyOps } from "../org/apply-ops";
import type { Chart } from "../org/types";

import { splitResponsibilityOps } from "./split-responsibility-ops";

const chart = (texts: string[]): Chart => ({
  name: "t",
  nodes: [
    {
      id: "cio",
      title: "CIO",
      person: null,
      role: "CIO",
      kind: "role",
      position: null,
      collapsed: false,
      responsibilities: texts.map((text, i) => ({ id: `r${i}`, text })),
    },
  ],
  edges: [],
});

describe("splitResponsibilityOps", () => {
  it("splits a compound text in place: the first piece keeps the id, the others follow it, each with its duty", () => {
    const before = chart(["Payroll", "Run IT operations and negotiate with our cloud vendors", "Budget"]);
    const ops = splitResponsibilityOps("cio", before.nodes[0]!.responsibilities, "r1");
    const after = applyOps({ ...before, id: "c", version: 1 }, ops);
    if (!after.ok) throw new Error("refused");
    const list = after.chart.nodes[0]!.responsibilities;
    expect(list.map((r) => r.id).slice(0, 2)).toEqual(["r0", "r1"]);
    expect(list.at(-1)?.id).toBe("r2");
    expect(list).toHaveLength(4);
    expect(list.slice(1, 3).map((r) => r.duty)).toEqual(["cio.it-operations", "cio.technology-vendors"]);
    expect(list[1]?.text).toBe("Run IT operations");
  });

  it("offers nothing for a single-duty text or an item that is gone", () => {
    const list = chart(["IT operations and maintenance"]).nodes[0]!.responsibilities;
    expect(splitResponsibilityOps("cio", list, "r0")).toEqual([]);
    expect(splitResponsibilityOps("cio", list, "missing")).toEqual([]);
  });
});
