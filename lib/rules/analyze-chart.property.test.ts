import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Chart } from "../org/types";
import { analyzeChart } from "./analyze-chart";
import { DUTY_IDS, type DutyId } from "./catalog";
import { chartArbitrary, shuffledChart } from "./fixtures/charts";
import { compareFindings, type Finding } from "./finding";

const RUNS = { numRuns: 150 };

/** Findings with node ids mapped through `rename`, re-sorted as analyzeChart would sort them. */
function renamed(findings: Finding[], rename: (id: string) => string): Omit<Finding, "responsibilityId">[] {
  return findings
    .map(({ responsibilityId: _, ...finding }) => ({ ...finding, nodes: finding.nodes.map(rename).sort() }))
    .sort(compareFindings);
}

function renameChart(chart: Chart, rename: (id: string) => string): Chart {
  return {
    ...chart,
    nodes: chart.nodes.map((node) => ({
      ...node,
      id: rename(node.id),
      responsibilities: node.responsibilities.map((r, index) => ({ ...r, id: `${rename(node.id)}#${index}` })),
    })),
    edges: chart.edges.map((edge) => ({ ...edge, source: rename(edge.source), target: rename(edge.target) })),
  };
}

const gapsOf = (findings: Finding[]) => new Set(findings.filter((finding) => finding.rule === "gap").map((finding) => finding.duty));

describe("analyzeChart properties", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(chartArbitrary(), (chart) => {
        expect(analyzeChart(chart)).toEqual(analyzeChart(chart));
      }),
      RUNS,
    );
  });

  it("does not depend on the order of nodes and lines", () => {
    fc.assert(
      fc.property(
        chartArbitrary().chain((chart) => fc.tuple(fc.constant(chart), shuffledChart(chart))),
        ([chart, shuffled]) => {
          expect(analyzeChart(shuffled)).toEqual(analyzeChart(chart));
        },
      ),
      RUNS,
    );
  });

  it("does not depend on node ids: renaming them renames the findings' nodes and nothing else", () => {
    fc.assert(
      fc.property(chartArbitrary(), fc.string({ maxLength: 4 }), (chart, salt) => {
        const rename = (id: string) => `${salt}⟨${id.split("").reverse().join("")}⟩`;
        expect(renamed(analyzeChart(renameChart(chart, rename)), (id) => id)).toEqual(renamed(analyzeChart(chart), rename));
      }),
      RUNS,
    );
  });

  it("never creates a gap when a node takes on a duty", () => {
    fc.assert(
      fc.property(chartArbitrary(), fc.nat(), fc.constantFrom(...DUTY_IDS), (chart, pick, duty: DutyId) => {
        const index = pick % chart.nodes.length;
        const holder = chart.nodes[index];
        if (holder === undefined) return;
        const extended: Chart = {
          ...chart,
          nodes: chart.nodes.map((node, i) =>
            i === index ? { ...node, responsibilities: [...node.responsibilities, { id: `${node.id}#new`, text: "new", duty }] } : node,
          ),
        };
        const before = gapsOf(analyzeChart(chart));
        const after = gapsOf(analyzeChart(extended));
        for (const gap of after) expect(before.has(gap)).toBe(true);
        expect(after.has(duty)).toBe(false);
      }),
      RUNS,
    );
  });

  it("ignores dotted lines entirely", () => {
    fc.assert(
      fc.property(chartArbitrary(), (chart) => {
        const withoutDotted = { ...chart, edges: chart.edges.filter((edge) => edge.kind !== "dotted") };
        expect(analyzeChart(chart)).toEqual(analyzeChart(withoutDotted));
      }),
      RUNS,
    );
  });

  it("lets a node outside both branches close a gap without raising an overlap or misplacement", () => {
    fc.assert(
      fc.property(chartArbitrary(), fc.constantFrom(...DUTY_IDS), (chart, duty: DutyId) => {
        const outsider = { id: "\u0000outsider", title: "COO", person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [{ id: "o#0", text: "x", duty }] };
        const before = analyzeChart(chart);
        const after = analyzeChart({ ...chart, nodes: [...chart.nodes, outsider] });
        const placement = (findings: Finding[]) => findings.filter((finding) => finding.rule === "overlap" || finding.rule === "misplaced");
        expect(placement(after)).toEqual(placement(before));
        expect(gapsOf(after).has(duty)).toBe(false);
      }),
      RUNS,
    );
  });

  it("only raises overlap, misplaced and department findings when a distinct CIO and CTO exist", () => {
    fc.assert(
      fc.property(chartArbitrary(), (chart) => {
        const findings = analyzeChart(chart);
        const missing = findings.some((finding) => finding.rule === "missing-role");
        const combinedOnly = findings.some((finding) => finding.rule === "combined-role") && chart.nodes.length === 1;
        if (missing || combinedOnly) {
          const structural = ["overlap", "misplaced", "it-department-under-cto", "engineering-under-cio"];
          expect(findings.filter((finding) => structural.includes(finding.rule))).toEqual([]);
        }
      }),
      RUNS,
    );
  });
});
