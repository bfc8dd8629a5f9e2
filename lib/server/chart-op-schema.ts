import { z } from "zod";
import { CHART_LIMITS as L } from "../org/limits";

/**
 * zod mirror of lib/org/chart-ops.ts for untrusted input. Structural checks (cycles, unknown
 * ids, duplicate managers) happen in applyOps; this only caps shapes and sizes.
 */
const nodeId = z.string().min(1).max(L.id);
const lineId = z.string().min(1).max(L.id);
const text = (max: number) => z.string().max(max);
const coordinate = z.number().finite().min(-L.coordinate).max(L.coordinate);
const position = z.object({ x: coordinate, y: coordinate });
const responsibility = z.object({
  id: z.string().min(1).max(L.id),
  text: text(L.responsibilityText),
  duty: z.string().max(L.id).nullable().optional(),
});
const kind = z.enum(["role", "department"]);
const edgeKind = z.enum(["reports-to", "dotted"]);
const node = z.object({
  id: nodeId,
  title: text(L.title),
  person: text(L.person).nullable(),
  role: text(L.role).nullable(),
  kind,
  position: position.nullable(),
  collapsed: z.boolean(),
  responsibilities: z.array(responsibility).max(L.responsibilities),
});
const edge = z.object({ id: lineId, source: nodeId, target: nodeId, kind: edgeKind });

export const chartOpSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("addNode"), node, index: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal("updateNode"),
    id: nodeId,
    patch: z
      .object({ title: text(L.title), person: text(L.person).nullable(), role: text(L.role).nullable(), kind, collapsed: z.boolean() })
      .partial()
      .strict(),
  }),
  z.object({ type: z.literal("removeNode"), id: nodeId }),
  z.object({ type: z.literal("moveNodes"), moves: z.array(z.object({ id: nodeId, position: position.nullable() })).max(L.nodes) }),
  z.object({ type: z.literal("addEdge"), edge, index: z.number().int().min(0).optional() }),
  z.object({
    type: z.literal("updateEdge"),
    id: lineId,
    patch: z.object({ source: nodeId, target: nodeId, kind: edgeKind }).partial().strict(),
  }),
  z.object({ type: z.literal("removeEdge"), id: lineId }),
  z.object({ type: z.literal("setResponsibilities"), nodeId, responsibilities: z.array(responsibility).max(L.responsibilities) }),
  z.object({ type: z.literal("renameChart"), name: z.string().trim().min(1).max(L.chartName) }),
]);

export const applyOpsBodySchema = z.object({
  baseVersion: z.number().int().min(0),
  ops: z.array(chartOpSchema).min(1).max(L.opsPerRequest),
});
