/**
 * The domain model of an org chart. Pure data: shared by the browser, the server, the CLI and
 * the rules. Prisma rows are mapped to these in exactly one place (lib/server/chart-mapper.ts).
 */

export type NodeKind = "role" | "department";
export type EdgeKind = "reports-to" | "dotted";

export interface Position {
  x: number;
  y: number;
}

export interface Responsibility {
  id: string;
  text: string;
  /**
   * The user's explicit decision. `undefined`: let the classifier decide.
   * `null`: the user decided this matches no duty. A string: a duty id from the catalog.
   */
  duty?: string | null;
}

export interface OrgNode {
  id: string;
  title: string;
  person: string | null;
  /** Explicit role ("CIO", "CTO", "CIO+CTO", any other string) or null to infer from the title. */
  role: string | null;
  kind: NodeKind;
  /** null until laid out or placed by hand. */
  position: Position | null;
  collapsed: boolean;
  responsibilities: Responsibility[];
}

export interface OrgEdge {
  id: string;
  /** The manager. */
  source: string;
  /** The report. */
  target: string;
  kind: EdgeKind;
}

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
