/**
 * The one place where Prisma rows meet the domain model (lib/org/types.ts).
 */
import { z } from "zod";
import { edgeSchema, nodeSchema } from "../org/chart-ops";
import { parseOrgchart } from "../io/parse-orgchart";
import { serializeOrgchart } from "../io/serialize-orgchart";
import type { ChartVersionSummary } from "../org/chart-version-summary";
import { commentTargetSchema, type CommentTarget, type CommentThread } from "../comments/comment-schema";
import type { Chart, OrgEdge, OrgNode, Responsibility, VersionedChart } from "../org/types";
import { acknowledgementSchema, findingKey, type Acknowledgement, type AcknowledgedFinding } from "../rules";
import type { ColumnType } from "./data/update-rows-in-bulk";
import type { ChartEdge, ChartNode, ChartVersion, Comment, CommentThread as CommentThreadRow, FindingAcknowledgement, Responsibility as ResponsibilityRow } from "./generated/sqlite/client";

type ChartRow = { id: string; name: string; version: number };
type NodeRow = ChartNode & { responsibilities: ResponsibilityRow[] };

export function chartFromRows(chart: ChartRow, nodes: NodeRow[], edges: ChartEdge[]): VersionedChart {
  return {
    id: chart.id,
    name: chart.name,
    version: chart.version,
    nodes: [...nodes].sort((a, b) => a.sortOrder - b.sortOrder).map(nodeFromRow),
    edges: [...edges].sort((a, b) => a.sortOrder - b.sortOrder).map(edgeFromRow),
  };
}

function nodeFromRow(row: NodeRow): OrgNode {
  return {
    id: row.id,
    title: row.title,
    person: row.person,
    role: row.role,
    kind: row.kind === "department" ? "department" : "role",
    position: row.x === null || row.y === null ? null : { x: row.x, y: row.y },
    collapsed: row.collapsed,
    responsibilities: [...row.responsibilities].sort((a, b) => a.sortOrder - b.sortOrder).map(responsibilityFromRow),
  };
}

function responsibilityFromRow(row: ResponsibilityRow): Responsibility {
  const r: Responsibility = { id: row.id, text: row.text };
  if (row.dutyDecided) r.duty = row.duty;
  return r;
}

function edgeFromRow(row: ChartEdge): OrgEdge {
  return { id: row.id, source: row.source, target: row.target, kind: row.kind === "dotted" ? "dotted" : "reports-to" };
}

export function nodeToRow(chartId: string, node: OrgNode, sortOrder: number) {
  return {
    chartId,
    id: node.id,
    title: node.title,
    person: node.person,
    role: node.role,
    kind: node.kind,
    x: node.position?.x ?? null,
    y: node.position?.y ?? null,
    collapsed: node.collapsed,
    sortOrder,
  };
}

export function edgeToRow(chartId: string, edge: OrgEdge, sortOrder: number) {
  return { chartId, id: edge.id, source: edge.source, target: edge.target, kind: edge.kind, sortOrder };
}

export function responsibilityRows(chartId: string, node: OrgNode) {
  return node.responsibilities.map((r, index) => ({
    chartId,
    nodeId: node.id,
    id: r.id,
    sortOrder: index,
    text: r.text,
    duty: r.duty ?? null,
    dutyDecided: r.duty !== undefined,
  }));
}

/** Each row's columns and their SQL types, for the bulk statements (insertRowsInBulk). */
export const NODE_COLUMNS: Record<keyof ReturnType<typeof nodeToRow>, ColumnType> = {
  chartId: "text",
  id: "text",
  title: "text",
  person: "text",
  role: "text",
  kind: "text",
  x: "float",
  y: "float",
  collapsed: "bool",
  sortOrder: "int",
};
export const EDGE_COLUMNS: Record<keyof ReturnType<typeof edgeToRow>, ColumnType> = { chartId: "text", id: "text", source: "text", target: "text", kind: "text", sortOrder: "int" };
export const RESPONSIBILITY_COLUMNS: Record<keyof ReturnType<typeof responsibilityRows>[number], ColumnType> = {
  chartId: "text",
  nodeId: "text",
  id: "text",
  sortOrder: "int",
  text: "text",
  duty: "text",
  dutyDecided: "bool",
};

/** Rows for a whole chart, in dependency order (nodes before the lines and duties that refer to them). */
export function chartToRows(chartId: string, chart: Chart) {
  return {
    nodes: chart.nodes.map((n, i) => nodeToRow(chartId, n, i)),
    edges: chart.edges.map((e, i) => edgeToRow(chartId, e, i)),
    responsibilities: chart.nodes.flatMap((n) => responsibilityRows(chartId, n)),
  };
}

/** A stored acknowledgement as the domain sees it; a row that no longer parses (a rule renamed) is dropped. */
export function acknowledgementFromRow(row: FindingAcknowledgement): Acknowledgement | null {
  let nodes: unknown;
  try {
    nodes = JSON.parse(row.nodes);
  } catch {
    return null;
  }
  const parsed = acknowledgementSchema.safeParse({
    rule: row.rule,
    duty: row.duty,
    nodes,
    ...(row.responsibilityId === null ? {} : { responsibilityId: row.responsibilityId }),
    ...(row.role === null ? {} : { role: row.role }),
    reason: row.reason,
    by: row.byName,
    at: row.createdAt.toISOString(),
  });
  return parsed.success ? parsed.data : null;
}

export function acknowledgementToRow(chartId: string, finding: AcknowledgedFinding, fields: { reason: string; byName: string; userId: string | null; createdAt?: Date }) {
  return {
    chartId,
    key: findingKey(finding),
    rule: finding.rule,
    duty: finding.duty,
    nodes: JSON.stringify([...finding.nodes].sort()),
    responsibilityId: finding.responsibilityId ?? null,
    role: finding.role ?? null,
    ...fields,
  };
}


export function versionSummaryFromRow(row: Pick<ChartVersion, "id" | "name" | "version" | "createdAt"> & { createdBy: { name: string } | null }): ChartVersionSummary {
  return { id: row.id, name: row.name, version: row.version, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy?.name ?? null };
}

/** A version's content is stored as orgchart/v1, the same document the export gives. */
export function versionContentToRow(chart: Chart): string {
  return JSON.stringify(serializeOrgchart(chart));
}

export function versionContentFromRow(content: string): Chart {
  const parsed = parseOrgchart(JSON.parse(content));
  if (!parsed.ok) throw new Error(`A stored version is not a valid orgchart/v1 document: ${parsed.errors[0]?.message ?? ""}`);
  return parsed.chart;
}

/** A stored thread with its comments, oldest first; a thread whose target no longer parses is dropped. */
export function commentThreadFromRows(row: CommentThreadRow & { comments: Comment[] }): CommentThread | null {
  let target: unknown;
  try {
    target = JSON.parse(row.target);
  } catch {
    return null;
  }
  const parsed = commentTargetSchema.safeParse(target);
  if (!parsed.success) return null;
  return {
    id: row.id,
    target: parsed.data,
    resolved: row.resolvedAt === null ? null : { by: row.resolvedByName ?? "", at: row.resolvedAt.toISOString() },
    comments: row.comments.map((comment) => ({
      id: comment.id,
      body: comment.body,
      author: comment.authorName,
      authorId: comment.authorId,
      at: comment.createdAt.toISOString(),
      editedAt: comment.editedAt?.toISOString() ?? null,
    })),
  };
}

export function commentTargetToRow(target: CommentTarget): string {
  return JSON.stringify(target.kind === "node" ? target : { kind: "finding", finding: { ...target.finding, nodes: [...target.finding.nodes].sort() } });
}

/**
 * A proposal's base is kept as the chart itself, ids and all (orgchart/v1 does not keep line ids):
 * what the proposal changed is read against it line by line and field by field.
 */
const storedChartSchema = z.object({ name: z.string(), nodes: z.array(nodeSchema), edges: z.array(edgeSchema) });

export function proposalBaseToRow(chart: Chart): string {
  return JSON.stringify({ name: chart.name, nodes: chart.nodes, edges: chart.edges });
}

export function proposalBaseFromRow(content: string): Chart {
  return storedChartSchema.parse(JSON.parse(content));
}
