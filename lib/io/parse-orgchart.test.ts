import fc from "fast-check";
import { describe, expect, it } from "vitest";
import acme from "../rules/fixtures/examples/acme-spa.json";
import itUnderCto from "../rules/fixtures/examples/it-under-cto.json";
import { chartArbitrary } from "../rules/fixtures/charts";
import { ORGCHART_LIMITS, parseOrgchart, type ParseResult } from "./parse-orgchart";
import { serializeOrgchart } from "./serialize-orgchart";
import type { Chart } from "../org/types";

const minimal = (extra: Record<string, unknown> = {}) => ({
  format: "orgchart/v1",
  name: "Test",
  nodes: [
    { id: "a", title: "CEO" },
    { id: "b", title: "CIO" },
  ],
  edges: [{ source: "a", target: "b" }],
  ...extra,
});

function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error("expected the document to be refused");
  return result.errors;
}

describe("parseOrgchart", () => {
  it("reads the example with defaults filled in and stable ids", () => {
    const result = parseOrgchart(acme);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { chart } = result;
    expect(chart.name).toBe("Acme S.p.A.");
    expect(chart.nodes.map((node) => node.id)).toEqual(["ad", "cio", "cto", "it", "eng"]);
    const ad = chart.nodes[0];
    expect(ad).toMatchObject({ kind: "role", role: null, position: null, collapsed: false, responsibilities: [] });
    expect(chart.nodes[1]?.responsibilities[0]).toEqual({ id: "cio#0", text: "Gestire le operazioni IT" });
    expect(chart.nodes[3]?.kind).toBe("department");
    expect(chart.edges[0]).toEqual({ id: "ad->cio", source: "ad", target: "cio", kind: "reports-to" });
    // Same document, same ids: re-importing does not churn them.
    expect(parseOrgchart(acme)).toEqual(result);
  });

  it("reads explicit duties, dotted lines and positions", () => {
    const result = parseOrgchart(
      minimal({
        nodes: [
          { id: "a", title: "CEO", position: { x: 1, y: 2 } },
          { id: "b", title: "CIO", responsibilities: ["Run IT", { text: "Vendors", duty: "cio.technology-vendors" }, { text: "Payroll", duty: null }] },
        ],
        edges: [{ source: "a", target: "b" }, { source: "b", target: "a", kind: "dotted" }],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.chart.nodes[0]?.position).toEqual({ x: 1, y: 2 });
    expect(result.chart.nodes[1]?.responsibilities).toEqual([
      { id: "b#0", text: "Run IT" },
      { id: "b#1", text: "Vendors", duty: "cio.technology-vendors" },
      { id: "b#2", text: "Payroll", duty: null },
    ]);
    expect(result.chart.edges[1]).toEqual({ id: "b->a~dotted", source: "b", target: "a", kind: "dotted" });
  });

  it("refuses anything that is not an orgchart/v1 object", () => {
    expect(errorsOf(parseOrgchart(null))[0]?.message).toMatch(/JSON object/);
    expect(errorsOf(parseOrgchart([minimal()]))[0]?.message).toMatch(/JSON object/);
    expect(errorsOf(parseOrgchart(minimal({ format: "orgchart/v2" })))).toEqual([
      { path: "format", message: 'unknown format "orgchart/v2": expected "orgchart/v1"' },
    ]);
    expect(errorsOf(parseOrgchart({ nodes: [] }))[0]?.path).toBe("format");
  });

  it("names the offending field of a malformed document", () => {
    const errors = errorsOf(
      parseOrgchart(
        minimal({
          nodes: [
            { id: "a", title: "CEO", kind: "team" },
            { id: "", title: "CIO", responsibilities: [{ text: "x", duty: "cio.nope" }] },
          ],
        }),
      ),
    );
    const paths = errors.map((error) => error.path);
    expect(paths).toContain("nodes[0].kind");
    expect(paths).toContain("nodes[1].id");
    expect(paths).toContain("nodes[1].responsibilities[0].duty");
    expect(errors.find((error) => error.path === "nodes[1].responsibilities[0].duty")?.message).toMatch(/duty id of the catalog/);
  });

  it("enforces the size limits", () => {
    const many = Array.from({ length: ORGCHART_LIMITS.responsibilitiesPerNode + 1 }, (_, i) => `duty ${i}`);
    expect(errorsOf(parseOrgchart(minimal({ nodes: [{ id: "a", title: "A", responsibilities: many }], edges: [] })))[0]?.path).toBe(
      "nodes[0].responsibilities",
    );
    const long = "x".repeat(ORGCHART_LIMITS.shortText + 1);
    expect(errorsOf(parseOrgchart(minimal({ nodes: [{ id: "a", title: long }], edges: [] })))[0]?.path).toBe("nodes[0].title");
    const longText = "x".repeat(ORGCHART_LIMITS.responsibilityText + 1);
    expect(
      errorsOf(parseOrgchart(minimal({ nodes: [{ id: "a", title: "A", responsibilities: [longText] }], edges: [] })))[0]?.path,
    ).toBe("nodes[0].responsibilities[0]");
  });

  it("refuses duplicate ids, naming the repeated node", () => {
    const errors = errorsOf(parseOrgchart(minimal({ nodes: [{ id: "a", title: "A" }, { id: "b", title: "B" }, { id: "a", title: "C" }] })));
    expect(errors).toEqual([{ path: "nodes[2].id", message: 'Node id "a" is used more than once.' }]);
  });

  it("refuses lines to missing nodes", () => {
    const errors = errorsOf(parseOrgchart(minimal({ edges: [{ source: "a", target: "b" }, { source: "a", target: "ghost" }] })));
    expect(errors).toEqual([{ path: "edges[1]", message: 'The line from "a" to "ghost" refers to a missing node "ghost".' }]);
  });

  it("refuses reporting cycles, naming the nodes on the cycle", () => {
    const errors = errorsOf(
      parseOrgchart(
        minimal({
          nodes: [{ id: "a", title: "A" }, { id: "b", title: "B" }, { id: "c", title: "C" }],
          edges: [{ source: "a", target: "b" }, { source: "b", target: "c" }, { source: "c", target: "a" }],
        }),
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("edges");
    const cycle = errors[0]?.message.split(": ")[1]?.replace(/\.$/, "").split(" → ");
    expect(new Set(cycle)).toEqual(new Set(["a", "b", "c"]));
  });

  it("refuses a node with two reports-to managers, but accepts a dotted second line", () => {
    const nodes = [{ id: "a", title: "A" }, { id: "b", title: "B" }, { id: "c", title: "C" }];
    const errors = errorsOf(parseOrgchart(minimal({ nodes, edges: [{ source: "a", target: "c" }, { source: "b", target: "c" }] })));
    expect(errors).toEqual([{ path: "edges[1]", message: expect.stringContaining('Node "c" would report to two managers') }]);
    expect(parseOrgchart(minimal({ nodes, edges: [{ source: "a", target: "c" }, { source: "b", target: "c", kind: "dotted" }] })).ok).toBe(true);
  });

  it("refuses repeated and self-referencing lines", () => {
    expect(errorsOf(parseOrgchart(minimal({ edges: [{ source: "a", target: "b" }, { source: "a", target: "b" }] })))[0]?.path).toBe("edges[1]");
    expect(errorsOf(parseOrgchart(minimal({ edges: [{ source: "a", target: "a", kind: "dotted" }] })))[0]?.message).toMatch(/itself/);
  });
});

/** A chart with the ids the format does not carry taken out, for comparisons "up to ids". */
function withoutInternalIds(chart: Chart) {
  return {
    name: chart.name,
    nodes: chart.nodes.map((node) => ({ ...node, responsibilities: node.responsibilities.map(({ text, duty }) => ({ text, duty })) })),
    edges: chart.edges.map(({ source, target, kind }) => ({ source, target, kind })),
  };
}

describe("orgchart/v1 round trip", () => {
  it("parse(serialize(chart)) is the chart, up to line and responsibility ids", () => {
    fc.assert(
      fc.property(chartArbitrary(), (chart) => {
        const result = parseOrgchart(JSON.parse(JSON.stringify(serializeOrgchart(chart))));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(withoutInternalIds(result.chart)).toEqual(withoutInternalIds(chart));
      }),
      { numRuns: 200 },
    );
  });

  it("serialize(parse(document)) gives back the example documents", () => {
    for (const document of [acme, itUnderCto]) {
      const result = parseOrgchart(document);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(serializeOrgchart(result.chart)).toEqual(document);
    }
  });
});
