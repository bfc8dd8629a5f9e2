import { describe, expect, it } from "vitest";
import { applyOps } from "../../lib/org/apply-ops";
import { findStructureErrors } from "../../lib/org/find-structure-errors";
import type { Chart } from "../../lib/org/types";
import { analyzeChart, fixContext, fixForChoice, offerFixesIn, RULE_IDS, type RuleId } from "../../lib/rules";
import { readDemoChart } from "../../scripts/seed-demo";

const main = readDemoChart("ferri-meccatronica.json");
const subsidiary = readDemoChart("ferri-digital.json");

/** Applies the offered fix `id` (or the user's pick `choice:x`) to the first finding of `rule`. */
function fix(chart: Chart, rule: RuleId, id: string): Chart {
  const finding = analyzeChart(chart).find((candidate) => candidate.rule === rule);
  if (finding === undefined) throw new Error(`no ${rule} finding left`);
  const context = fixContext(chart, { lang: "it" });
  const chosen = id.startsWith("choice:") ? fixForChoice(context, finding, id.slice("choice:".length)) : offerFixesIn(context, finding).find((candidate) => candidate.id === id);
  if (chosen == null) throw new Error(`no fix ${id} for ${rule}`);
  const result = applyOps(chart, chosen.ops);
  if (!result.ok) throw new Error(result.error.message);
  expect(findStructureErrors(result.chart)).toEqual([]);
  return result.chart;
}

describe("the demo organisation", () => {
  it("is a company of about 40 people with a CIO, a CTO, IT and engineering departments and a product team", () => {
    const people = main.chart.nodes.filter((node) => node.kind === "role");
    expect(people.length).toBeGreaterThanOrEqual(38);
    expect(people.length).toBeLessThanOrEqual(45);
    const titles = main.chart.nodes.map((node) => node.title);
    expect(titles).toEqual(expect.arrayContaining(["CIO", "CTO", "Reparto IT", "Ingegneria", "Head of Product"]));
  });

  it("makes every rule fire at least once (missing-role in the subsidiary's chart)", () => {
    const fired = new Set([...analyzeChart(main.chart), ...analyzeChart(subsidiary.chart)].map((finding) => finding.rule));
    expect([...RULE_IDS].filter((rule) => !fired.has(rule))).toEqual([]);
  });

  it("ships one acknowledged finding, which still matches", () => {
    const keys = analyzeChart(main.chart).filter((finding) => finding.rule === "combined-role").map((finding) => finding.nodes);
    expect(main.acknowledgements.map((entry) => entry.nodes)).toEqual(keys);
  });

  it("becomes clean with a few fixes", () => {
    let chart = main.chart;
    chart = fix(chart, "overlap", "remove-other-side");
    chart = fix(chart, "misplaced", "choice:servicedesk");
    chart = fix(chart, "it-department-under-cto", "move-under-cio");
    chart = fix(chart, "engineering-under-cio", "move-under-cto");
    chart = fix(chart, "gap", "give-to-owner");
    chart = fix(chart, "combined-role", "split-role");
    chart = fix(chart, "ambiguous-responsibility", "no-duty");
    expect(analyzeChart(chart).map((finding) => finding.message)).toEqual([]);
  });
});
