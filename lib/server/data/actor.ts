/** Where a request came from, as the route or action saw it. */
export interface RequestOrigin {
  address: string | null;
  userAgent: string | null;
}

/** Who is asking. Every data-layer function takes one; only the session code creates them. */
export interface Actor {
  userId: string;
  /** For the audit log: the session's email and where the request came from. */
  email?: string;
  /** The name the live log shows for their edits (read with the session); absent: read from the log. */
  name?: string;
  origin?: RequestOrigin;
}

/**
 * A live route's session as its cookie states it, not yet checked against the user's row: only
 * `requireSessionChartAccess` (access.ts) takes one, and checks both in one statement.
 */
export interface RouteSession {
  userId: string;
  sessionVersion: number;
  origin?: RequestOrigin;
}
