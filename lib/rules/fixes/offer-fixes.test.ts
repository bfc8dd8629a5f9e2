import { describe, expect, it } from "vitest";
import { applyOps } from "../../org/apply-ops";
import { findStructureErrors } from "../../org/find-structure-errors";
import type { Chart } from "../../org/types";
import { analyzeChart } from "../analyze-chart";
import type { RuleId } from "../catalog";
import type { Classification } from "../classify-responsibility";
import { findingKey } from "../finding-key";
import { buildChart, type EdgeSpec, type NodeSpec } from "../fixtures/charts";
import type { Classify } from "../resolve-duties";
import { describeFix } from "./describe-fix";
import { fixContext } from "./fix";
import { fixChoices, fixForChoice, offerFixes } from "./offer-fixes";
import { previewFix } from "./preview-fix";

const TOP: NodeSpec[] = [
  { id: "ceo", title: "Amministratore delegato" },
  { id: "cio", title: "CIO", person: "Anna" },
  { id: "cto", title: "CTO", person: "Bruno" },
];
const TOP_EDGES: EdgeSpec[] = ["ceo>cio", "ceo>cto"];

function chartWith(nodes: NodeSpec[], edges: EdgeSpec[] = []): Chart {
  return buildChart([...TOP, ...nodes], [...TOP_EDGES, ...edges]);
}

/** Applies one offered fix of the first finding of `rule`, and checks the chart stays whole and the finding goes. */
function applyFix(chart: Chart, rule: RuleId, fixId: string, classify?: Classify) {
  const options = classify === undefined ? {} : { classify };
  const finding = analyzeChart(chart, options).find((candidate) => candidate.rule === rule);
  expect(finding, `no ${rule} finding`).toBeDefined();
  if (finding === undefined) throw new Error("unreachable");
  const fixes = offerFixes(chart, finding, options);
  const fix = fixes.find((candidate) => candidate.id === fixId);
  expect(fix, `no fix ${fixId} among ${fixes.map((f) => f.id).join(", ")}`).toBeDefined();
  if (fix === undefined) throw new Error("unreachable");
  const result = applyOps(chart, fix.ops);
  expect(result.ok).toBe(true);
  if (!result.ok) throw new Error("unreachable");
  expect(findStructureErrors(result.chart)).toEqual([]);
  const after = analyzeChart(result.chart, options);
  expect(after.map(findingKey)).not.toContain(findingKey(finding));
  return { finding, fix, after, chart: result.chart };
}

describe("offerFixes", () => {
  it("overlap: removing the duty on the other side keeps it in the owner's branch, with no gap", () => {
    const chart = chartWith([
      { id: "ops", title: "Ops", does: [["Server", "cio.infrastructure-management"]] },
      { id: "plat", title: "Platform", does: [["Server too", "cio.infrastructure-management"]] },
    ], ["cio>ops", "cto>plat"]);
    const { after, chart: fixed } = applyFix(chart, "overlap", "remove-other-side");
    expect(after.some((f) => f.duty === "cio.infrastructure-management")).toBe(false);
    expect(fixed.nodes.find((n) => n.id === "ops")?.responsibilities).toHaveLength(1);
  });

  it("overlap: re-labelling the other side turns it into the counterpart duty of the boundary pair", () => {
    const chart = chartWith([
      { id: "ops", title: "Ops", does: [["Server", "cio.infrastructure-management"]] },
      { id: "plat", title: "Platform", does: [["Server too", "cio.infrastructure-management"]] },
    ], ["cio>ops", "cto>plat"]);
    const { chart: fixed } = applyFix(chart, "overlap", "relabel-other-side");
    expect(fixed.nodes.find((n) => n.id === "plat")?.responsibilities[0]?.duty).toBe("cto.infrastructure-architecture");
  });

  it("overlap: no fix when nobody would keep the duty in the owner's branch only", () => {
    // The CIO reports to the CTO: a CIO duty held in the CIO's branch is in both branches at once.
    const chart = buildChart(
      [{ id: "cto", title: "CTO" }, { id: "cio", title: "CIO", does: [["x", "cio.it-operations"]] }],
      ["cto>cio"],
    );
    const finding = analyzeChart(chart).find((f) => f.rule === "overlap");
    expect(finding).toBeDefined();
    if (finding) expect(offerFixes(chart, finding)).toEqual([]);
  });

  it("misplaced: moves the responsibility to the owner with an explicit duty", () => {
    const chart = chartWith([{ id: "sre", title: "SRE", does: [["Helpdesk", "cio.it-operations"]] }], ["cto>sre"]);
    const { chart: fixed } = applyFix(chart, "misplaced", "move-to-owner");
    expect(fixed.nodes.find((n) => n.id === "cio")?.responsibilities).toEqual([{ id: "fix", text: "Helpdesk", duty: "cio.it-operations" }]);
    expect(fixed.nodes.find((n) => n.id === "sre")?.responsibilities).toEqual([]);
  });

  it("misplaced: moves the node under the owner", () => {
    const chart = chartWith([{ id: "sre", title: "SRE", does: [["Helpdesk", "cio.it-operations"]] }], ["cto>sre"]);
    const { chart: fixed } = applyFix(chart, "misplaced", "move-node-under-owner");
    expect(fixed.edges.filter((e) => e.target === "sre").map((e) => e.source)).toEqual(["cio"]);
  });

  it("misplaced: moves the responsibility to a node of the owner's branch the user picks", () => {
    const chart = chartWith(
      [{ id: "sre", title: "SRE", does: [["Helpdesk", "cio.it-operations"]] }, { id: "desk", title: "Service desk" }],
      ["cto>sre", "cio>desk"],
    );
    const context = fixContext(chart);
    const finding = analyzeChart(chart).find((f) => f.rule === "misplaced");
    if (finding === undefined) throw new Error("no misplaced finding");
    expect(fixChoices(context, finding)).toEqual({ kind: "node", ids: ["cio", "desk"] });
    expect(fixForChoice(context, finding, "sre")).toBeNull();
    const fix = fixForChoice(context, finding, "desk");
    const preview = previewFix(chart, fix?.ops ?? []);
    expect(preview.ok && preview.disappear.map((f) => f.rule)).toEqual(["misplaced"]);
  });

  it("gap: gives the duty to its owner as a new responsibility with an explicit duty", () => {
    const chart = chartWith([]);
    const { chart: fixed, fix } = applyFix(chart, "gap", "give-to-owner");
    expect(fixed.nodes.find((n) => n.id === "cio")?.responsibilities).toEqual([
      { id: "fix", text: "Infrastructure management", duty: "cio.infrastructure-management" },
    ]);
    expect(describeFix(fix.label, chart, "it")).toBe('Assegna «Gestione dell\'infrastruttura» a "CIO" (Anna) come nuova responsabilità');
  });

  it("it-department-under-cto: moves the department under the CIO", () => {
    const chart = chartWith([{ id: "it", title: "Reparto IT", kind: "department" }], ["cto>it"]);
    const { chart: fixed } = applyFix(chart, "it-department-under-cto", "move-under-cio");
    expect(fixed.edges.filter((e) => e.target === "it" && e.kind === "reports-to").map((e) => e.source)).toEqual(["cio"]);
  });

  it("engineering-under-cio: moves the department under the CTO", () => {
    const chart = chartWith([{ id: "eng", title: "Ingegneria", kind: "department" }], ["cio>eng"]);
    applyFix(chart, "engineering-under-cio", "move-under-cto");
  });

  it("missing-role: adds the role under the top of the chart", () => {
    const chart = buildChart([{ id: "ceo", title: "CEO" }, { id: "cio", title: "CIO" }, { id: "x", title: "Marketing" }], ["ceo>cio"]);
    const { chart: fixed } = applyFix(chart, "missing-role", "add-role");
    expect(fixed.nodes.find((n) => n.id === "cto")).toMatchObject({ title: "CTO", role: "CTO" });
    expect(fixed.edges.find((e) => e.target === "cto")?.source).toBe("ceo");
  });

  it("missing-role: sets an existing node's role", () => {
    const chart = buildChart([{ id: "ceo", title: "CEO" }, { id: "cio", title: "CIO" }, { id: "head", title: "Head of Platform" }], ["ceo>cio", "ceo>head"]);
    const context = fixContext(chart);
    const finding = analyzeChart(chart).find((f) => f.rule === "missing-role");
    if (finding === undefined) throw new Error("no missing-role finding");
    expect(finding.role).toBe("CTO");
    const fix = fixForChoice(context, finding, "head");
    expect(fix?.ops).toEqual([{ type: "updateNode", id: "head", patch: { role: "CTO" } }]);
    expect(fixForChoice(context, finding, "cio")).toBeNull();
  });

  const ambiguous: Classification = {
    duty: "cio.technology-vendors",
    duties: ["cio.technology-vendors"],
    confidence: 0.4,
    why: [],
    reasons: [],
    runnerUp: { duty: "cto.product-vendors", confidence: 0.39 },
    ambiguous: true,
  };
  const classify: Classify = (text) =>
    text === "Fornitori" ? ambiguous : { duty: null, duties: [], confidence: 1, why: [], reasons: [], ambiguous: false };

  it("ambiguous-responsibility: picking one of the close duties settles it", () => {
    const chart = chartWith([{ id: "buy", title: "Acquisti", does: ["Fornitori"] }], ["ceo>buy"]);
    const { chart: fixed } = applyFix(chart, "ambiguous-responsibility", "choose:cto.product-vendors", classify);
    expect(fixed.nodes.find((n) => n.id === "buy")?.responsibilities[0]?.duty).toBe("cto.product-vendors");
  });

  it("ambiguous-responsibility: 'no duty' settles it too", () => {
    const chart = chartWith([{ id: "buy", title: "Acquisti", does: ["Fornitori"] }], ["ceo>buy"]);
    const { chart: fixed } = applyFix(chart, "ambiguous-responsibility", "no-duty", classify);
    expect(fixed.nodes.find((n) => n.id === "buy")?.responsibilities[0]?.duty).toBeNull();
  });

  it("combined-role: splits the CTO's duties into a new CTO card beside the person", () => {
    const chart = buildChart(
      [
        { id: "ceo", title: "CEO" },
        { id: "boss", title: "CIO & CTO", person: "Carla", does: [["Prodotti", "cto.product-portfolio"], ["Helpdesk", "cio.it-operations"]] },
      ],
      ["ceo>boss"],
    );
    const { chart: fixed } = applyFix(chart, "combined-role", "split-role");
    expect(fixed.nodes.find((n) => n.id === "boss")?.responsibilities.map((r) => r.text)).toEqual(["Helpdesk"]);
    expect(fixed.nodes.find((n) => n.id === "cto")).toMatchObject({ role: "CTO", responsibilities: [{ text: "Prodotti" }] });
    expect(fixed.edges.find((e) => e.target === "cto")?.source).toBe("ceo");
  });

  it("the preview names the findings that disappear and appear", () => {
    const chart = chartWith([{ id: "sre", title: "SRE", does: [["Helpdesk", "cio.it-operations"]] }], ["cto>sre"]);
    const finding = analyzeChart(chart).find((f) => f.rule === "misplaced");
    if (finding === undefined) throw new Error("no misplaced finding");
    const fix = offerFixes(chart, finding).find((f) => f.id === "move-node-under-owner");
    const preview = previewFix(chart, fix?.ops ?? []);
    expect(preview.ok).toBe(true);
    if (preview.ok) {
      expect(preview.disappear.map((f) => f.rule)).toEqual(["misplaced"]);
      expect(preview.appear).toEqual([]);
    }
  });
});
