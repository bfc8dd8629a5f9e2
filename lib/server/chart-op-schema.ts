import { z } from "zod";

/**
 * zod mirror of lib/org/chart-ops.ts for untrusted input. Structural checks (cycles, unknown
 * ids, duplicate managers) happen in applyOps; this only caps shapes and sizes.
 */
const nodeId = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
const position = z.object({ x: z.number().finite().min(-1e7).max(1e7), y: z.number().finite().min(-1e7).max(1e7) });
const responsibility = z.object({
  id: z.string().min(1).max(100),
  text: text(500),
  duty: z.string().max(100).nullable().optional(),
});
const kind = z.enum(["role", "department"]);
const edgeKind = z.enum(["reports-to", "dotted"]);
const node = z.object({
  id: nodeId,
  title: text(200),
  person: text(200).nullable(),
  role: text(200).nullable(),
  kind,
  position: position.nullable(),
  collapsed: z.boolean(),
  responsibilities: z.array(responsibility).max(100),
});
const edge = z.object({ id: z.string().min(1).max(220), source: nodeId, target: nodeId, kind: edgeKind });

export const chartOpSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("addNode"), node, index: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal("updateNode"),
    id: nodeId,
    patch: z
      .object({ title: text(200), person: text(200).nullable(), role: text(200).nullable(), kind, collapsed: z.boolean() })
      .partial()
      .strict(),
  }),
  z.object({ type: z.literal("removeNode"), id: nodeId }),
  z.object({ type: z.literal("moveNodes"), moves: z.array(z.object({ id: nodeId, position: position.nullable() })).max(20_000) }),
  z.object({ type: z.literal("addEdge"), edge, index: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal("updateEdge"),
    id: z.string().min(1).max(220),
    patch: z.object({ source: nodeId, target: nodeId, kind: edgeKind }).partial().strict(),
  }),
  z.object({ type: z.literal("removeEdge"), id: z.string().min(1).max(220) }),
  z.object({ type: z.literal("setResponsibilities"), nodeId, responsibilities: z.array(responsibility).max(100) }),
  z.object({ type: z.literal("renameChart"), name: z.string().trim().min(1).max(120) }),
]);

export const applyOpsBodySchema = z.object({
  baseVersion: z.number().int().min(0),
  ops: z.array(chartOpSchema).min(1).max(5_000),
});
