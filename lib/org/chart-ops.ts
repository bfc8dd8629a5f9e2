import { z } from "zod";
import { CHART_LIMITS as L } from "./limits";

/**
 * The one definition of an edit. An edit is a small batch of operations: the client applies them
 * optimistically, the server applies them to its current chart in arrival order, undo applies
 * their inverse, and the log replays them. Every operation is plain JSON. Shapes and sizes are
 * checked here; references and structure (unknown ids, cycles, second managers) in applyOps,
 * because they depend on the chart at the moment the op runs.
 */

/** Blank text reads as "someone" to the rules; the UI sends null for "none". */
const notBlank = (value: string) => value.trim() !== "";
/** PostgreSQL cannot store a NUL character in text; no user types one. */
export const withoutNul = (value: string) => !value.includes("\u0000");
const text = (max: number) =>
  z.string().max(max).refine(notBlank, { params: { problem: "blank" } }).refine(withoutNul, { params: { problem: "not-allowed" } });
const id = text(L.id);
const coordinate = z.number().finite().min(-L.coordinate).max(L.coordinate);
const position = z.object({ x: coordinate, y: coordinate });

export const nodeKindSchema = z.enum(["role", "department"]);
export const edgeKindSchema = z.enum(["reports-to", "dotted"]);

/**
 * `duty` absent: the classifier decides. null: the user decided it matches no duty.
 * A string: a duty id from the catalog.
 */
const duty = z.string().min(1).max(L.id).nullable().optional();

export const responsibilitySchema = z.object({
  id,
  // Empty text is allowed: "add responsibility" may create a blank row the user then types into.
  text: z.string().max(L.responsibilityText).refine(withoutNul, { params: { problem: "not-allowed" } }),
  duty,
});

/** The fields of a node that an updateNode may change: listed once, read by the UI, the diff and the DB mapper. */
export const nodeFieldsSchema = z.object({
  title: text(L.title),
  person: text(L.person).nullable(),
  role: text(L.role).nullable(),
  kind: nodeKindSchema,
  collapsed: z.boolean(),
});
export const NODE_FIELDS = nodeFieldsSchema.keyof().options;
export type NodeField = (typeof NODE_FIELDS)[number];

export const nodeSchema = nodeFieldsSchema.extend({
  id,
  /** null until laid out or placed by hand. */
  position: position.nullable(),
  responsibilities: z
    .array(responsibilitySchema)
    .max(L.responsibilities)
    .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { params: { problem: "duplicate" }, path: ["id"] }),
});

export const edgeFieldsSchema = z.object({ source: id, target: id, kind: edgeKindSchema });
export const EDGE_FIELDS = edgeFieldsSchema.keyof().options;
export const edgeSchema = edgeFieldsSchema.extend({ id });

/** Where an inserted item goes in its list (default: the end; clamped to the length). */
const index = z.number().int().min(0).max(L.nodes * 2);

export const chartOpSchema = z.discriminatedUnion("type", [
  /** `index`: where the node goes in `chart.nodes`. Undo of a removal uses it so sibling order comes back. */
  z.object({ type: z.literal("addNode"), node: nodeSchema, index: index.optional() }),
  z.object({ type: z.literal("updateNode"), id, patch: nodeFieldsSchema.partial().strict() }),
  /** Removes the node and every line touching it; re-attaching reports is done with addEdge ops in the same batch. */
  z.object({ type: z.literal("removeNode"), id }),
  z.object({ type: z.literal("moveNodes"), moves: z.array(z.object({ id, position: position.nullable() })).max(L.nodes) }),
  z.object({ type: z.literal("addEdge"), edge: edgeSchema, index: index.optional() }),
  z.object({ type: z.literal("updateEdge"), id, patch: edgeFieldsSchema.partial().strict() }),
  z.object({ type: z.literal("removeEdge"), id }),
  // Per-item responsibility edits, so two people editing different items of one card never collide.
  z.object({ type: z.literal("addResponsibility"), nodeId: id, responsibility: responsibilitySchema, index: index.optional() }),
  z.object({ type: z.literal("setResponsibilityText"), nodeId: id, id, text: responsibilitySchema.shape.text }),
  z.object({ type: z.literal("setResponsibilityDuty"), nodeId: id, id, duty }),
  z.object({ type: z.literal("moveResponsibility"), nodeId: id, id, index }),
  z.object({ type: z.literal("removeResponsibility"), nodeId: id, id }),
  /**
   * Replaces a node's whole list. The editor uses the per-item ops above; this stays for the
   * findings' fixes, which move or relabel several items of a card at once (last writer wins for
   * the whole list).
   */
  z.object({
    type: z.literal("setResponsibilities"),
    nodeId: id,
    responsibilities: z
      .array(responsibilitySchema)
      .max(L.responsibilities)
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { params: { problem: "duplicate" }, path: ["id"] }),
  }),
  z.object({ type: z.literal("renameChart"), name: text(L.chartName) }),
]);

export type ChartOp = z.infer<typeof chartOpSchema>;
export type ChartOpType = ChartOp["type"];

/** The ops that change one card's responsibilities, all named by `nodeId`. */
export type ResponsibilityOp = Extract<ChartOp, { nodeId: string }>;
const RESPONSIBILITY_OP_TYPES: ReadonlySet<ChartOpType> = new Set<ResponsibilityOp["type"]>([
  "addResponsibility",
  "setResponsibilityText",
  "setResponsibilityDuty",
  "moveResponsibility",
  "removeResponsibility",
  "setResponsibilities",
]);

export function isResponsibilityOp(op: ChartOp): op is ResponsibilityOp {
  return RESPONSIBILITY_OP_TYPES.has(op.type);
}
export type NodePatch = Extract<ChartOp, { type: "updateNode" }>["patch"];
export type EdgePatch = Extract<ChartOp, { type: "updateEdge" }>["patch"];

/** The client's id: random per browser tab (or script), chosen by the client. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** POST /api/charts/:id/ops. `seq` increases per client; a batch sent again gets its first answer. */
export const opsBatchSchema = z
  .object({
    clientId: clientIdSchema,
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    baseVersion: z.number().int().min(0),
    ops: z.array(chartOpSchema).min(1).max(L.opsPerRequest),
    /**
     * How many consecutive ops make each gesture (a re-parent is "remove the old line, add the
     * new one"): a gesture applies whole or not at all. Absent: every op on its own.
     */
    gestures: z.array(z.number().int().min(1)).min(1).max(L.opsPerRequest).optional(),
  })
  .refine((batch) => batch.gestures === undefined || batch.gestures.reduce((sum, n) => sum + n, 0) === batch.ops.length, {
    message: "gestures must add up to the number of ops",
    path: ["gestures"],
  });
export type OpsBatch = z.infer<typeof opsBatchSchema>;
