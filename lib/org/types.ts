import type { z } from "zod";
import type { edgeKindSchema, edgeSchema, nodeKindSchema, nodeSchema, responsibilitySchema } from "./chart-ops";

/**
 * The domain model of an org chart. Pure data: shared by the browser, the server, the CLI and
 * the rules. The shapes are inferred from the edit schemas in chart-ops.ts (one definition of
 * each field); Prisma rows are mapped to these in exactly one place (lib/server/chart-mapper.ts).
 */

export type NodeKind = z.infer<typeof nodeKindSchema>;
export type EdgeKind = z.infer<typeof edgeKindSchema>;

export interface Position {
  x: number;
  y: number;
}

/**
 * `duty` is the user's explicit decision. `undefined`: let the classifier decide.
 * `null`: the user decided this matches no duty. A string: a duty id from the catalog.
 */
export type Responsibility = z.infer<typeof responsibilitySchema>;

/** `role`: explicit ("CIO", "CTO", "CIO+CTO", any other string) or null to infer from the title. */
export type OrgNode = z.infer<typeof nodeSchema>;

/** `source` is the manager, `target` the report. */
export type OrgEdge = z.infer<typeof edgeSchema>;

export interface Chart {
  name: string;
  nodes: OrgNode[];
  edges: OrgEdge[];
}

/** A chart as stored: the version increments with every accepted write. */
export interface VersionedChart extends Chart {
  id: string;
  version: number;
}
