import { describe, expect, it } from "vitest";
import { parseOrgchart } from "../io/parse-orgchart";
import { serializeOrgchart } from "../io/serialize-orgchart";
import { acknowledgedFinding, judgeFindings, type Acknowledgement } from "./acknowledgements";
import { analyzeChart } from "./analyze-chart";
import { buildChart, type NodeSpec } from "./fixtures/charts";

const nodes: NodeSpec[] = [
  { id: "ceo", title: "CEO" },
  { id: "cio", title: "CIO", does: [["Cloud vendors", "cio.technology-vendors"]] },
  { id: "cto", title: "CTO", does: [["Cloud vendors", "cio.technology-vendors"]] },
];
const chart = buildChart(nodes, ["ceo>cio", "ceo>cto"]);

function acknowledge(finding: ReturnType<typeof analyzeChart>[number]): Acknowledgement {
  return { ...acknowledgedFinding(finding), reason: "The CTO keeps the cloud vendors until Q3", by: "Anna", at: "2026-11-29T10:00:00.000Z" };
}

describe("judgeFindings", () => {
  const overlap = analyzeChart(chart).find((finding) => finding.rule === "overlap");
  if (overlap === undefined) throw new Error("no overlap");
  const acknowledgement = acknowledge(overlap);

  it("pairs a finding with the acknowledgement of what it rests on", () => {
    const judged = judgeFindings(analyzeChart(chart), [acknowledgement]);
    expect(judged.filter((entry) => entry.acknowledgement !== null).map((entry) => entry.finding)).toEqual([overlap]);
  });

  it("brings the finding back when a new holder of the duty appears", () => {
    const changed = buildChart(
      [...nodes, { id: "dev", title: "Dev lead", does: [["Vendors", "cio.technology-vendors"]] }],
      ["ceo>cio", "ceo>cto", "cto>dev"],
    );
    const judged = judgeFindings(analyzeChart(changed), [acknowledgement]);
    const again = judged.find((entry) => entry.finding.rule === "overlap");
    expect(again?.finding.nodes).toEqual(["cio", "cto", "dev"]);
    expect(again?.acknowledgement).toBeNull();
  });

  it("does not depend on the order the nodes were stored in", () => {
    const judged = judgeFindings(analyzeChart(chart), [{ ...acknowledgement, nodes: ["cto", "cio"] }]);
    expect(judged.some((entry) => entry.acknowledgement !== null)).toBe(true);
  });
});

describe("acknowledgements in orgchart/v1", () => {
  it("travel as an optional field and come back identical", () => {
    const overlap = analyzeChart(chart).find((finding) => finding.rule === "overlap");
    if (overlap === undefined) throw new Error("no overlap");
    const document = serializeOrgchart(chart, [acknowledge(overlap)]);
    const parsed = parseOrgchart(JSON.parse(JSON.stringify(document)));
    expect(parsed.ok && parsed.acknowledgements).toEqual([acknowledge(overlap)]);
    expect("acknowledgements" in serializeOrgchart(chart)).toBe(false);
  });

  it("refuses an acknowledgement without a reason, naming where", () => {
    const document = { ...serializeOrgchart(chart), acknowledgements: [{ rule: "overlap", duty: null, nodes: [], reason: " ", by: "A", at: "2026-11-29T10:00:00Z" }] };
    const parsed = parseOrgchart(document);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual([{ path: "acknowledgements[0].reason", message: "say why the team keeps it so" }]);
  });
});
