import Papa from "papaparse";
import type { Chart } from "../org/types";
import { joinList, neutraliseCell } from "./cell-escaping";
import { ORGPLAN_HEADER } from "./csv-mapping";

/**
 * The chart as a CSV in the import's shape, one row per card, marked as ours by its `orgplan_id`
 * column so a re-import restores every cell exactly. Cells a spreadsheet would run as formulas are
 * neutralised. A BOM and CRLF line ends make Excel read it as UTF-8 text.
 */
export function chartToCsv(chart: Chart): string {
  const managerOf = new Map<string, string>();
  const dottedOf = new Map<string, string[]>();
  for (const edge of chart.edges) {
    if (edge.kind === "reports-to") managerOf.set(edge.target, edge.source);
    else dottedOf.set(edge.target, [...(dottedOf.get(edge.target) ?? []), edge.source]);
  }
  const rows = chart.nodes.map((node) =>
    [
      node.id,
      node.person ?? "",
      node.title,
      node.role ?? "",
      node.kind,
      managerOf.get(node.id) ?? "",
      joinList(dottedOf.get(node.id) ?? []),
      joinList(node.responsibilities.map((responsibility) => responsibility.text)),
    ].map(neutraliseCell),
  );
  return `\uFEFF${Papa.unparse({ fields: [...ORGPLAN_HEADER], data: rows }, { newline: "\r\n", quotes: false })}\r\n`;
}
