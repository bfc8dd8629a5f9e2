import type { RequestOrigin } from "./audit";

/** Who is asking. Every data-layer function takes one; only the session code creates them. */
export interface Actor {
  userId: string;
  /** For the audit log: the session's email and where the request came from. */
  email?: string;
  origin?: RequestOrigin;
}
