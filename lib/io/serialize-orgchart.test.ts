import { describe, expect, it } from "vitest";
import { buildChart } from "../rules/fixtures/charts";
import { serializeOrgchart } from "./serialize-orgchart";

describe("serializeOrgchart", () => {
  it("writes only what differs from the defaults", () => {
    const chart = buildChart(
      [
        { id: "ceo", title: "CEO" },
        { id: "it", title: "Reparto IT", kind: "department", person: "Ada", role: "CIO", does: ["Run IT", ["Vendors", "cio.technology-vendors"], ["Payroll", null]] },
      ],
      ["ceo>it", "it~ceo"],
      "Acme",
    );
    const first = chart.nodes[1];
    if (first) first.position = { x: 10, y: 20 };
    expect(serializeOrgchart(chart)).toEqual({
      format: "orgchart/v1",
      name: "Acme",
      nodes: [
        { id: "ceo", title: "CEO" },
        {
          id: "it",
          title: "Reparto IT",
          person: "Ada",
          role: "CIO",
          kind: "department",
          responsibilities: ["Run IT", { text: "Vendors", duty: "cio.technology-vendors" }, { text: "Payroll", duty: null }],
          position: { x: 10, y: 20 },
        },
      ],
      edges: [{ source: "ceo", target: "it" }, { source: "it", target: "ceo", kind: "dotted" }],
    });
  });

  it("writes a duty id the catalog does not know as undecided text, so the export re-imports", () => {
    const chart = buildChart([{ id: "a", does: [["Something", "cio.retired-duty" as never]] }]);
    expect(serializeOrgchart(chart).nodes[0]?.responsibilities).toEqual(["Something"]);
  });

  it("keeps a folded card folded", () => {
    const chart = buildChart([{ id: "a" }, { id: "b" }], ["a>b"]);
    const first = chart.nodes[0];
    if (first) first.collapsed = true;
    expect(serializeOrgchart(chart).nodes.map((node) => node.collapsed)).toEqual([true, undefined]);
  });
});
