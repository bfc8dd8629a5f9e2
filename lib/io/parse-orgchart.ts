import { z } from "zod";
import { withoutNul } from "../org/chart-ops";
import { CHART_LIMITS } from "../org/limits";
import { DUTY_IDS, isDutyId } from "../rules/catalog";
import { acknowledgementSchema, type Acknowledgement } from "../rules/acknowledgements";
import { describeStructureError, findStructureErrors, type StructureError } from "../org/find-structure-errors";
import type { Chart, EdgeKind, OrgEdge, OrgNode } from "../org/types";

/** The `orgchart/v1` interchange document (DOMAIN.md §4), as it is written to and read from JSON. */
export interface OrgchartV1 {
  format: "orgchart/v1";
  name: string;
  nodes: OrgchartV1Node[];
  edges: OrgchartV1Edge[];
  /** Findings the team keeps on purpose (optional; absent when there are none). */
  acknowledgements?: Acknowledgement[];
}

export interface OrgchartV1Node {
  id: string;
  title: string;
  person?: string | null;
  role?: string | null;
  kind?: "role" | "department";
  /** A plain string lets the classifier decide; an object carries the user's explicit decision. */
  responsibilities?: (string | { text: string; duty: string | null })[];
  position?: { x: number; y: number } | null;
  /** The card hides its subtree on the canvas; absent means expanded. */
  collapsed?: boolean;
}

export interface OrgchartV1Edge {
  source: string;
  target: string;
  kind?: EdgeKind;
}

export const ORGCHART_FORMAT = "orgchart/v1";

/** The same caps as every other way into a chart (lib/org/limits.ts), so an import can be saved. */
export const ORGCHART_LIMITS = {
  nodes: CHART_LIMITS.nodes,
  edges: CHART_LIMITS.edges,
  responsibilitiesPerNode: CHART_LIMITS.responsibilities,
  shortText: CHART_LIMITS.title,
  responsibilityText: CHART_LIMITS.responsibilityText,
  acknowledgements: 1_000,
} as const;

export interface ParseError {
  /** Where in the document, e.g. `nodes[3].responsibilities[0].duty`; empty for the whole document. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; chart: Chart; acknowledgements: Acknowledgement[] } | { ok: false; errors: ParseError[] };

const NUL = "must not contain a NUL character";
const shortText = z.string().max(ORGCHART_LIMITS.shortText, `must be at most ${ORGCHART_LIMITS.shortText} characters`).refine(withoutNul, NUL);
const id = z
  .string()
  .min(1, "must not be empty")
  .max(CHART_LIMITS.id, `must be at most ${CHART_LIMITS.id} characters`)
  .refine(withoutNul, NUL);
const title = shortText.refine((value) => value.trim().length > 0, { message: "must not be blank" });
/** A blank person or role means "none": stored as null, as the editor does. */
const optionalText = shortText.nullish().transform((value) => (value?.trim() ? value : null));
const coordinate = z.number().finite().min(-CHART_LIMITS.coordinate).max(CHART_LIMITS.coordinate);

const duty = z.union([z.null(), z.string()]).refine((value) => value === null || isDutyId(value), {
  message: `must be null or a duty id of the catalog (${DUTY_IDS.join(", ")})`,
});

const responsibilityText = z.string().max(ORGCHART_LIMITS.responsibilityText, `must be at most ${ORGCHART_LIMITS.responsibilityText} characters`).refine(withoutNul, NUL);
const responsibility = z.union([
  responsibilityText,
  z.object({
    text: responsibilityText,
    duty,
  }),
]);

const node = z.object({
  id,
  title,
  person: optionalText,
  role: optionalText,
  kind: z.enum(["role", "department"]).optional(),
  responsibilities: z
    .array(responsibility)
    .max(ORGCHART_LIMITS.responsibilitiesPerNode, `at most ${ORGCHART_LIMITS.responsibilitiesPerNode} responsibilities per node`)
    .optional(),
  position: z.object({ x: coordinate, y: coordinate }).nullish(),
  collapsed: z.boolean().optional(),
});

const edge = z.object({
  source: id,
  target: id,
  kind: z.enum(["reports-to", "dotted"]).optional(),
});

const document = z.object({
  format: z.literal(ORGCHART_FORMAT),
  name: title,
  nodes: z.array(node).max(ORGCHART_LIMITS.nodes, `at most ${ORGCHART_LIMITS.nodes} nodes`),
  edges: z.array(edge).max(ORGCHART_LIMITS.edges, `at most ${ORGCHART_LIMITS.edges} edges`),
  acknowledgements: z.array(acknowledgementSchema).max(ORGCHART_LIMITS.acknowledgements, `at most ${ORGCHART_LIMITS.acknowledgements} acknowledgements`).optional(),
});

function pathOf(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`))
    .join("");
}

/** Stable line ids: readable, and the same every time the same document is imported. */
function edgeIds(edges: readonly OrgchartV1Edge[]): string[] {
  const used = new Set<string>();
  return edges.map(({ source, target, kind }, index) => {
    const readable = `${source}->${target}${kind === "dotted" ? "~dotted" : ""}`;
    // Very long node ids would make an id the editor cannot save; those lines get a short one.
    const base = readable.length <= CHART_LIMITS.id - 8 ? readable : `line#${index}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}#${n}`;
    used.add(candidate);
    return candidate;
  });
}

function toChart(doc: z.infer<typeof document>): { chart: Chart; edgeIndex: Map<string, number> } {
  const nodes: OrgNode[] = doc.nodes.map((raw) => ({
    id: raw.id,
    title: raw.title,
    person: raw.person ?? null,
    role: raw.role ?? null,
    kind: raw.kind ?? "role",
    position: raw.position ?? null,
    collapsed: raw.collapsed ?? false,
    responsibilities: (raw.responsibilities ?? []).map((entry, index) => {
      const responsibilityId = raw.id.length <= CHART_LIMITS.id - 4 ? `${raw.id}#${index}` : `r#${index}`;
      return typeof entry === "string" ? { id: responsibilityId, text: entry } : { id: responsibilityId, text: entry.text, duty: entry.duty };
    }),
  }));
  const ids = edgeIds(doc.edges);
  const edgeIndex = new Map<string, number>();
  const edges: OrgEdge[] = doc.edges.map((raw, index) => {
    const edgeId = ids[index] as string;
    edgeIndex.set(edgeId, index);
    return { id: edgeId, source: raw.source, target: raw.target, kind: raw.kind ?? "reports-to" };
  });
  return { chart: { name: doc.name, nodes, edges }, edgeIndex };
}

function locate(error: StructureError, chart: Chart, edgeIndex: Map<string, number>, seenDuplicates: Map<string, number>): string {
  switch (error.code) {
    case "duplicate-node-id": {
      // The n-th report for an id is about its (n+1)-th occurrence.
      const occurrence = (seenDuplicates.get(error.nodeId) ?? 0) + 1;
      seenDuplicates.set(error.nodeId, occurrence);
      const indices = chart.nodes.flatMap((candidate, index) => (candidate.id === error.nodeId ? [index] : []));
      return `nodes[${indices[occurrence] ?? indices[0] ?? 0}].id`;
    }
    case "duplicate-edge":
    case "dangling-edge":
    case "self-loop":
      return `edges[${edgeIndex.get(error.edgeId) ?? 0}]`;
    case "two-managers": {
      const index = chart.edges.findIndex(
        (candidate) => candidate.kind === "reports-to" && candidate.source === error.managers[1] && candidate.target === error.nodeId,
      );
      return `edges[${index}]`;
    }
    case "cycle":
      return "edges";
  }
}

/**
 * Reads an `orgchart/v1` document. Anything unacceptable (another format, a malformed field, a
 * duplicate id, a line to a missing node, a reporting cycle, a node with two managers) refuses
 * the whole document, with one error per problem naming the offending item: nothing is half-read.
 */
export function parseOrgchart(json: unknown): ParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: "", message: "expected an orgchart/v1 JSON object" }] };
  }
  const format = (json as { format?: unknown }).format;
  if (format !== ORGCHART_FORMAT) {
    const found = typeof format === "string" ? `"${format.slice(0, 100)}"` : format === undefined ? "none" : typeof format;
    return { ok: false, errors: [{ path: "format", message: `unknown format ${found}: expected "${ORGCHART_FORMAT}"` }] };
  }

  const parsed = document.safeParse(json);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })) };
  }

  const { chart, edgeIndex } = toChart(parsed.data);
  const structural = findStructureErrors(chart);
  if (structural.length > 0) {
    const seenDuplicates = new Map<string, number>();
    return {
      ok: false,
      errors: structural.map((error) => ({
        path: locate(error, chart, edgeIndex, seenDuplicates),
        message: describeStructureError(error, "en"),
      })),
    };
  }
  return { ok: true, chart, acknowledgements: parsed.data.acknowledgements ?? [] };
}
