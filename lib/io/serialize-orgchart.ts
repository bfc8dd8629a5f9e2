import { isDutyId } from "../rules/catalog";
import type { Acknowledgement } from "../rules/acknowledgements";
import { ORGCHART_FORMAT, type OrgchartV1, type OrgchartV1Edge, type OrgchartV1Node } from "./parse-orgchart";
import type { Chart } from "../org/types";

/**
 * Writes a chart as an `orgchart/v1` document: the smallest faithful JSON, so exports diff well
 * and read like the examples. Default-valued optional fields are left out, and a responsibility
 * is a plain string unless the user decided its duty. Internal ids of lines and responsibilities
 * are not part of the format; the canvas's folding state is (`collapsed`). A duty id the catalog does not know
 * counts as no decision (as in the rules), so it is written as plain text and the export re-imports.
 */
export function serializeOrgchart(chart: Chart, acknowledgements: readonly Acknowledgement[] = []): OrgchartV1 {
  const nodes = chart.nodes.map((node) => {
    const out: OrgchartV1Node = { id: node.id, title: node.title };
    if (node.person !== null) out.person = node.person;
    if (node.role !== null) out.role = node.role;
    if (node.kind !== "role") out.kind = node.kind;
    if (node.responsibilities.length > 0) {
      out.responsibilities = node.responsibilities.map((responsibility) =>
        responsibility.duty === null || isDutyId(responsibility.duty)
          ? { text: responsibility.text, duty: responsibility.duty }
          : responsibility.text,
      );
    }
    if (node.position !== null) out.position = { x: node.position.x, y: node.position.y };
    if (node.collapsed) out.collapsed = true;
    return out;
  });
  const edges = chart.edges.map((edge) => {
    const out: OrgchartV1Edge = { source: edge.source, target: edge.target };
    if (edge.kind !== "reports-to") out.kind = edge.kind;
    return out;
  });
  const document: OrgchartV1 = { format: ORGCHART_FORMAT, name: chart.name, nodes, edges };
  if (acknowledgements.length > 0) document.acknowledgements = acknowledgements.map((acknowledgement) => ({ ...acknowledgement, nodes: [...acknowledgement.nodes] }));
  return document;
}
