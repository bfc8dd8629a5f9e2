import Papa from "papaparse";
import { nodeLabel } from "../org/apply-ops";
import type { Chart } from "../org/types";
import { RULES, type Finding, type Lang } from "../rules";
import { neutraliseCell } from "./cell-escaping";

/** The findings as a CSV for tracking elsewhere: one row per finding, formula starts neutralised. */
export function findingsToCsv(chart: Pick<Chart, "nodes">, findings: readonly Finding[], lang: Lang): string {
  const byId = new Map(chart.nodes.map((node) => [node.id, node]));
  const rows = findings.map((finding) =>
    [
      finding.severity,
      finding.rule,
      RULES[finding.rule].label[lang],
      finding.duty ?? "",
      finding.nodes.join(";"),
      finding.nodes.map((id) => nodeLabel(byId.get(id) ?? { title: id, person: null })).join("; "),
      finding.message,
      finding.source.it,
      finding.source.en,
    ].map(neutraliseCell),
  );
  const fields = ["severity", "rule", "rule_label", "duty", "node_ids", "people", "message", "source_it", "source_en"];
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: "\r\n" })}\r\n`;
}
