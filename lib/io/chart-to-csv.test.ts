import fc from "fast-check";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { Chart } from "../org/types";
import { chartToCsv } from "./chart-to-csv";
import { importFile } from "./import-file";
import { nastyChartArbitrary } from "./testing/nasty-chart";

const decode1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), "windows-1252");

function reimport(csv: string, delimiter?: "," | ";" | "\t"): Chart {
  const outcome = importFile(new TextEncoder().encode(csv), "chart.csv", delimiter ? { delimiter } : {}, decode1252);
  if (!outcome.result.ok) throw new Error(JSON.stringify(outcome.result.problems));
  return outcome.result.chart;
}

/** What CSV carries: every text exactly, the reporting and dotted lines; not positions, folds or duty decisions. */
function csvContent(chart: Chart) {
  return {
    nodes: chart.nodes.map((node) => ({
      id: node.id,
      title: node.title,
      person: node.person,
      role: node.role,
      kind: node.kind,
      responsibilities: node.responsibilities.map((responsibility) => responsibility.text),
    })),
    edges: chart.edges.map((edge) => `${edge.source}\u0000${edge.target}\u0000${edge.kind}`).sort(),
  };
}

describe("chartToCsv", () => {
  it("round-trips every text exactly, however hostile", () => {
    fc.assert(
      fc.property(nastyChartArbitrary(), (chart) => {
        expect(csvContent(reimport(chartToCsv(chart)))).toEqual(csvContent(chart));
      }),
      { numRuns: 150 },
    );
  });

  it("neutralises formula starts so a spreadsheet shows them as text", () => {
    const chart: Chart = {
      name: "x",
      nodes: [
        { id: "=1+1", title: "+SUM(A1)", person: "@me", role: "-1", kind: "role", position: null, collapsed: false, responsibilities: [{ id: "r", text: "=HYPERLINK(\"x\")" }] },
        { id: "b", title: "\tTab", person: "'quoted", role: null, kind: "role", position: null, collapsed: false, responsibilities: [] },
      ],
      edges: [],
    };
    const csv = chartToCsv(chart);
    const cells = csv.replace(/^\uFEFF/, "").split("\r\n").slice(1, 3).join("\n");
    expect(cells).toContain("'=1+1");
    expect(cells).toContain("'+SUM(A1)");
    expect(cells).toContain("'@me");
    expect(cells).toContain("'-1");
    expect(cells).toContain("''quoted");
    expect(cells).toContain("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(cells).toContain("'\tTab");
    // No cell of our file starts with a formula character.
    for (const line of csv.replace(/^\uFEFF/, "").split("\r\n").slice(1)) {
      for (const cell of line.split(",")) expect(cell).not.toMatch(/^"?[=+\-@\t]/);
    }
    expect(csvContent(reimport(csv))).toEqual(csvContent(chart));
  });

  it("re-imports after a spreadsheet re-saved it with semicolons (Excel in an Italian locale)", () => {
    fc.assert(
      fc.property(nastyChartArbitrary(6), (chart) => {
        const rows = Papa.parse<string[]>(chartToCsv(chart).slice(1), { delimiter: ",", newline: "\r\n" }).data.filter((row) => row.length > 1);
        const semicolons = Papa.unparse(rows, { delimiter: ";", newline: "\r\n" });
        expect(csvContent(reimport(semicolons, ";"))).toEqual(csvContent(chart));
      }),
      { numRuns: 100 },
    );
  });
});
