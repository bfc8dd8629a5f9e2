import { describe, expect, it } from "vitest";
import { parseOrgchart } from "../io/parse-orgchart";
import type { Chart } from "../org/types";
import { analyzeChart } from "./analyze-chart";
import { DOCUMENT_SENTENCES, DUTIES, DUTY_IDS, type DutyId, type RuleId } from "./catalog";
import type { Classification } from "./classify-responsibility";
import acme from "./fixtures/examples/acme-spa.json";
import itUnderCto from "./fixtures/examples/it-under-cto.json";
import startup from "./fixtures/examples/startup.json";
import { buildChart, type EdgeSpec, type NodeSpec } from "./fixtures/charts";
import type { Finding } from "./finding";

function parsed(document: unknown): Chart {
  const result = parseOrgchart(document);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.chart;
}

/** Findings as compact strings, e.g. "overlap cio.it-operations a,b", for readable expectations. */
function summary(findings: Finding[], rules?: RuleId[]): string[] {
  return findings
    .filter((finding) => rules === undefined || rules.includes(finding.rule))
    .map((finding) => [finding.rule, finding.duty ?? "-", finding.nodes.join(",")].join(" ").trim());
}

const gapsExcept = (held: DutyId[]) => DUTY_IDS.filter((duty) => !held.includes(duty)).map((duty) => `gap ${duty}`);

/** Every duty held explicitly by someone, so that only the finding under test shows up. */
const everyDutyHeldBy = (id: string): NodeSpec => ({ id, does: DUTY_IDS.map((duty): [string, DutyId] => [duty, duty]) });

/** A standard org: CEO over a CIO and a CTO, everyone else added per test. */
function org(extraNodes: NodeSpec[] = [], extraEdges: EdgeSpec[] = []): Chart {
  return buildChart(
    [{ id: "ceo", title: "CEO" }, { id: "cio", role: "CIO" }, { id: "cto", role: "CTO" }, ...extraNodes],
    ["ceo>cio", "ceo>cto", ...extraEdges],
  );
}

describe("analyzeChart on the shared examples", () => {
  it("acme-spa: an overlap on technology vendors, gaps for the 8 duties nobody holds, nothing else", () => {
    const findings = analyzeChart(parsed(acme));
    const held: DutyId[] = [
      "cio.it-operations", "cio.it-department", "cio.technology-vendors", "cio.communications-upkeep",
      "cto.engineering-department", "cto.infrastructure-architecture", "cto.product-portfolio",
    ];
    expect(summary(findings)).toEqual([...gapsExcept(held), "overlap cio.technology-vendors cio,cto"]);
  });

  it("startup: combined role; the CEO's customer focus closes that gap without any other finding", () => {
    const findings = analyzeChart(parsed(startup));
    const held: DutyId[] = ["cto.customer-focus", "cto.product-technology", "cio.user-access-training"];
    expect(summary(findings)).toEqual([...gapsExcept(held), "combined-role - cxo"]);
  });

  it("it-under-cto: the IT department under the CTO; the dotted line from the CIO changes nothing", () => {
    const findings = analyzeChart(parsed(itUnderCto));
    const held: DutyId[] = ["cio.it-operations", "cto.engineering-department", "cto.infrastructure-architecture"];
    expect(summary(findings)).toEqual([...gapsExcept(held), "it-department-under-cto - itops"]);
  });
});

describe("gap", () => {
  it("fires for every duty nobody holds, citing the duty's quote", () => {
    const findings = analyzeChart(buildChart([{ id: "solo", title: "Founder" }]));
    const gaps = findings.filter((finding) => finding.rule === "gap");
    expect(gaps.map((finding) => finding.duty)).toEqual([...DUTY_IDS]);
    const first = gaps[0] as Finding;
    expect(first).toMatchObject({ severity: "warning", nodes: [] });
    expect(first.source).toEqual({ it: DUTIES["cio.infrastructure-management"].quote, en: DUTIES["cio.infrastructure-management"].rendering });
    expect(first.message).toContain("CIO");
  });

  it("does not fire when anyone holds the duty, wherever they sit", () => {
    const findings = analyzeChart(org([{ id: "coo", does: [["x", "cio.efficiency"]] }], []));
    expect(findings.some((finding) => finding.rule === "gap" && finding.duty === "cio.efficiency")).toBe(false);
  });
});

describe("overlap", () => {
  it("fires when both branches hold a duty, listing the holders of both sides", () => {
    const findings = analyzeChart(
      org([everyDutyHeldBy("ceo-staff"), { id: "ops", does: ["Gestire le operazioni IT"] }, { id: "eng", does: ["Run IT operations"] }], ["cio>ops", "cto>eng"]),
    );
    expect(summary(findings, ["overlap", "misplaced"])).toEqual(["overlap cio.it-operations eng,ops"]);
    const overlap = findings.find((finding) => finding.rule === "overlap") as Finding;
    expect(overlap.source.it).toBe(DUTIES["cio.it-operations"].quote);
    expect(overlap.message).toMatch(/CIO's branch.*ops.*CTO's.*eng/);
  });

  it("explains the document's split when the duty is a boundary pair", () => {
    const findings = analyzeChart(
      buildChart([
        { id: "cio", role: "CIO", does: [["a", "cio.infrastructure-management"]] },
        { id: "cto", role: "CTO", does: [["b", "cio.infrastructure-management"]] },
      ]),
    );
    const overlap = findings.find((finding) => finding.rule === "overlap") as Finding;
    expect(overlap.message).toContain("the CTO is its architect");
  });

  it("does not fire for holders outside both branches", () => {
    const findings = analyzeChart(
      org([{ id: "coo", does: [["x", "cio.it-operations"]] }, { id: "ops", does: [["y", "cio.it-operations"]] }], ["ceo>coo", "cio>ops"]),
    );
    expect(summary(findings, ["overlap", "misplaced"])).toEqual([]);
  });

  it("does not fire across a dotted line", () => {
    const findings = analyzeChart(
      org([{ id: "ops", does: [["x", "cio.it-operations"]] }, { id: "shared", does: [["y", "cio.it-operations"]] }], ["cio>ops", "ceo>shared", "cto~shared"]),
    );
    expect(summary(findings, ["overlap", "misplaced"])).toEqual([]);
  });

  it("does not fire for a single person holding both roles", () => {
    const findings = analyzeChart(
      buildChart([{ id: "x", role: "CIO+CTO", does: [["a", "cio.it-operations"]] }, { id: "y", does: [["b", "cio.it-operations"]] }], ["x>y"]),
    );
    expect(summary(findings, ["overlap", "misplaced"])).toEqual([]);
  });

  it("fires, as written, when the CIO reports to the CTO: the CIO's branch is inside the CTO's", () => {
    const chart = buildChart([{ id: "cto", role: "CTO" }, { id: "cio", role: "CIO", does: [["a", "cio.it-operations"]] }], ["cto>cio"]);
    expect(summary(analyzeChart(chart), ["overlap", "misplaced"])).toEqual(["overlap cio.it-operations cio"]);
  });
});

describe("misplaced", () => {
  it("fires for a CTO duty held only in the CIO's branch, delegated however deep", () => {
    const findings = analyzeChart(org([{ id: "it" }, { id: "deep", does: ["Decidere quali prodotti lanciare o ritirare"] }], ["cio>it", "it>deep"]));
    expect(summary(findings, ["overlap", "misplaced"])).toEqual(["misplaced cto.product-portfolio deep"]);
    expect(findings.find((finding) => finding.rule === "misplaced")?.message).toMatch(/CIO's branch.*nowhere in the CTO's/);
  });

  it("fires for a CIO duty held only in the CTO's branch", () => {
    const findings = analyzeChart(org([{ id: "eng", does: [["x", "cio.user-access-training"]] }], ["cto>eng"]));
    expect(summary(findings, ["overlap", "misplaced"])).toEqual(["misplaced cio.user-access-training eng"]);
  });

  it("still fires when someone outside both branches also holds it", () => {
    const findings = analyzeChart(org([{ id: "eng", does: [["x", "cio.efficiency"]] }, { id: "coo", does: [["y", "cio.efficiency"]] }], ["cto>eng", "ceo>coo"]));
    expect(summary(findings, ["overlap", "misplaced"])).toEqual(["misplaced cio.efficiency eng"]);
  });

  it("does not fire when the owner's branch holds it too (that is an overlap)", () => {
    const findings = analyzeChart(org([{ id: "eng", does: [["x", "cio.efficiency"]] }, { id: "ops", does: [["y", "cio.efficiency"]] }], ["cto>eng", "cio>ops"]));
    expect(summary(findings, ["overlap", "misplaced"])).toEqual(["overlap cio.efficiency eng,ops"]);
  });

  it("does not fire without a distinct CIO and CTO", () => {
    const noCio = buildChart([{ id: "cto", role: "CTO" }, { id: "eng", does: [["x", "cio.efficiency"]] }], ["cto>eng"]);
    expect(summary(analyzeChart(noCio), ["overlap", "misplaced"])).toEqual([]);
  });
});

describe("department placement", () => {
  it("flags an IT department in the CTO's branch, citing the document", () => {
    const findings = analyzeChart(org([{ id: "it", title: "Reparto IT", kind: "department" }], ["cto>it"]));
    expect(summary(findings, ["it-department-under-cto", "engineering-under-cio"])).toEqual(["it-department-under-cto - it"]);
    const finding = findings.find((candidate) => candidate.rule === "it-department-under-cto") as Finding;
    expect(finding).toMatchObject({ severity: "warning", duty: null, source: DOCUMENT_SENTENCES.itDepartment });
  });

  it("flags an engineering department in the CIO's branch", () => {
    const findings = analyzeChart(org([{ id: "rd", title: "Ricerca e sviluppo", kind: "department" }], ["cio>rd"]));
    expect(summary(findings, ["it-department-under-cto", "engineering-under-cio"])).toEqual(["engineering-under-cio - rd"]);
  });

  it("leaves departments in their own branch, outside both, behind a dotted line, or as roles alone", () => {
    const findings = analyzeChart(
      org(
        [
          { id: "it", title: "IT", kind: "department" },
          { id: "eng", title: "Engineering", kind: "department" },
          { id: "it2", title: "Sistemi informativi", kind: "department" },
          { id: "it3", title: "IT Operations", kind: "department" },
          { id: "notdept", title: "Reparto IT" },
        ],
        ["cio>it", "cto>eng", "ceo>it2", "cto~it2", "ceo>it3", "cto>notdept"],
      ),
    );
    expect(summary(findings, ["it-department-under-cto", "engineering-under-cio"])).toEqual([]);
  });

  it("needs a distinct other role: no CIO, no IT-department finding", () => {
    const noCio = buildChart([{ id: "cto", role: "CTO" }, { id: "it", title: "Reparto IT", kind: "department" }], ["cto>it"]);
    expect(summary(analyzeChart(noCio), ["it-department-under-cto"])).toEqual([]);
    const combined = buildChart([{ id: "x", role: "CIO+CTO" }, { id: "it", title: "Reparto IT", kind: "department" }], ["x>it"]);
    expect(summary(analyzeChart(combined), ["it-department-under-cto", "engineering-under-cio"])).toEqual([]);
  });

  it("does not flag an IT department that sits in both branches (a CIO under the CTO)", () => {
    const nested = buildChart([{ id: "cto", role: "CTO" }, { id: "cio", role: "CIO" }, { id: "it", title: "IT", kind: "department" }], ["cto>cio", "cio>it"]);
    expect(summary(analyzeChart(nested), ["it-department-under-cto"])).toEqual([]);
  });
});

describe("combined-role and missing-role", () => {
  it("flags one person holding both roles, from the role field or the title", () => {
    const findings = analyzeChart(buildChart([{ id: "a", role: "CIO+CTO" }, { id: "b", title: "CTO & CIO" }]));
    expect(summary(findings, ["combined-role", "missing-role"])).toEqual(["combined-role - a", "combined-role - b"]);
    expect(findings.find((finding) => finding.rule === "combined-role")).toMatchObject({ severity: "info", source: DOCUMENT_SENTENCES.twoPositions });
  });

  it("flags a missing CIO, a missing CTO, or both", () => {
    expect(summary(analyzeChart(buildChart([{ id: "x", role: "CTO" }])), ["missing-role"])).toEqual(["missing-role -"]);
    const noCio = analyzeChart(buildChart([{ id: "x", role: "CTO" }])).find((finding) => finding.rule === "missing-role");
    expect(noCio?.message).toMatch(/no CIO/);
    expect(noCio?.source).toEqual(DOCUMENT_SENTENCES.cioDefinition);
    const neither = analyzeChart(buildChart([{ id: "x", title: "CEO" }])).filter((finding) => finding.rule === "missing-role");
    expect(neither.map((finding) => finding.message)).toEqual([expect.stringMatching(/no CIO/), expect.stringMatching(/no CTO/)]);
    expect(summary(analyzeChart(org()), ["missing-role"])).toEqual([]);
  });

  it("treats several CIOs as one CIO branch (the union of theirs)", () => {
    const chart = buildChart(
      [{ id: "cio1", role: "CIO" }, { id: "cio2", title: "Chief Information Officer" }, { id: "cto", role: "CTO" }, { id: "a", does: [["x", "cto.customer-focus"]] }],
      ["cio2>a"],
    );
    expect(summary(analyzeChart(chart), ["misplaced", "missing-role", "combined-role"])).toEqual(["misplaced cto.customer-focus a"]);
  });
});

describe("ambiguous-responsibility and explicit duties", () => {
  it("asks about free text that matches no duty, naming node and responsibility", () => {
    const findings = analyzeChart(org([{ id: "hr", title: "HR", does: ["Elaborare le buste paga"] }], ["ceo>hr"]));
    const ambiguous = findings.filter((finding) => finding.rule === "ambiguous-responsibility");
    expect(ambiguous).toEqual([
      expect.objectContaining({ severity: "info", duty: null, nodes: ["hr"], responsibilityId: "hr#0", source: DOCUMENT_SENTENCES.twoPositions }),
    ]);
    expect(ambiguous[0]?.message).toContain("Elaborare le buste paga");
  });

  it("asks about text matching two duties almost equally", () => {
    const tie: Classification = { duty: "cio.technology-vendors", duties: ["cio.technology-vendors"], confidence: 0.45, why: [], reasons: [], runnerUp: { duty: "cto.product-vendors", confidence: 0.44 }, ambiguous: true };
    const findings = analyzeChart(org([{ id: "buyer", does: ["Fornitori"] }], ["ceo>buyer"]), { classify: () => tie });
    const ambiguous = findings.find((finding) => finding.rule === "ambiguous-responsibility");
    expect(ambiguous?.message).toMatch(/Technology vendors.*Product suppliers.*almost equally/);
    // The classifier's best guess still counts as held.
    expect(findings.some((finding) => finding.rule === "gap" && finding.duty === "cio.technology-vendors")).toBe(false);
  });

  it("respects explicit decisions: a duty wins over the text, null means none and is not asked about", () => {
    const findings = analyzeChart(
      org([{ id: "x", does: [["Elaborare le buste paga", "cio.efficiency"], ["Gestire le operazioni IT", null], ["   ", "cto.customer-focus"]] }], ["ceo>x"]),
    );
    expect(summary(findings, ["ambiguous-responsibility"])).toEqual([]);
    const gaps = findings.filter((finding) => finding.rule === "gap").map((finding) => finding.duty);
    expect(gaps).not.toContain("cio.efficiency");
    expect(gaps).not.toContain("cto.customer-focus");
    expect(gaps).toContain("cio.it-operations");
  });

  it("ignores blank rows still being typed", () => {
    expect(summary(analyzeChart(org([{ id: "x", does: ["", "  "] }])), ["ambiguous-responsibility"])).toEqual([]);
  });
});

describe("analyzeChart", () => {
  it("writes messages in Italian on request, keeping both quotes", () => {
    const findings = analyzeChart(parsed(acme), { lang: "it" });
    const overlap = findings.find((finding) => finding.rule === "overlap") as Finding;
    expect(overlap.message).toMatch(/sia nel ramo del CIO.*sia in quello del CTO/);
    expect(overlap.source.it).toBe(DUTIES["cio.technology-vendors"].quote);
    expect(overlap.source.en).toBe(DUTIES["cio.technology-vendors"].rendering);
    expect(findings.find((finding) => finding.rule === "gap")?.message).toMatch(/^Nessuno/);
  });

  it("orders findings by rule, then duty in catalog order, then nodes", () => {
    const chart = org(
      [
        { id: "b", title: "Payroll", does: ["Elaborare le buste paga"] },
        { id: "a", does: [["x", "cto.product-portfolio"], ["y", "cio.efficiency"]] },
        { id: "it", title: "IT", kind: "department" },
      ],
      ["cio>a", "ceo>b", "cto>it"],
    );
    const rules = analyzeChart(chart).map((finding) => `${finding.rule} ${finding.duty ?? "-"}`);
    const firstOf = (prefix: string) => rules.findIndex((entry) => entry.startsWith(prefix));
    expect(firstOf("gap")).toBe(0);
    expect(firstOf("gap")).toBeLessThan(firstOf("misplaced"));
    expect(firstOf("misplaced")).toBeLessThan(firstOf("it-department-under-cto"));
    expect(firstOf("it-department-under-cto")).toBeLessThan(firstOf("ambiguous-responsibility"));
    const gapDuties = rules.filter((entry) => entry.startsWith("gap ")).map((entry) => entry.slice(4));
    expect(gapDuties).toEqual(DUTY_IDS.filter((duty) => gapDuties.includes(duty)));
  });

  it("counts a compound text for every duty it carries: no false gap, and each duty is judged", () => {
    const findings = analyzeChart(
      org([{ id: "ops", does: ["Run IT operations and negotiate with our cloud vendors"] }], ["cto>ops"]),
    );
    // Both duties are held (no gap) and both sit in the CTO's branch, away from the CIO's.
    expect(summary(findings, ["gap", "misplaced"]).filter((line) => line.includes("it-operations") || line.includes("technology-vendors"))).toEqual([
      "misplaced cio.it-operations ops",
      "misplaced cio.technology-vendors ops",
    ]);
    // An explicit duty means exactly that duty: the other one becomes a gap again.
    const explicit = analyzeChart(
      org([{ id: "ops", does: [["Run IT operations and negotiate with our cloud vendors", "cio.it-operations"]] }], ["cio>ops"]),
    );
    expect(summary(explicit, ["gap"])).toContain("gap cio.technology-vendors");
    expect(summary(explicit, ["gap"])).not.toContain("gap cio.it-operations");
  });

  it("uses an injected classifier for free text", () => {
    const everythingIsOps = (): Classification => ({ duty: "cio.it-operations", duties: ["cio.it-operations"], confidence: 1, why: [], reasons: [], ambiguous: false });
    const findings = analyzeChart(org([{ id: "eng", does: ["whatever"] }], ["cto>eng"]), { classify: everythingIsOps });
    expect(summary(findings, ["misplaced"])).toEqual(["misplaced cio.it-operations eng"]);
  });
});
