import type { Db } from "../create-prisma-client";
import { AppError } from "../errors";
import { requireSessionChartAccess, type ChartAccess } from "./access";
import type { Actor, RouteSession } from "./actor";
import { can } from "../permissions";
import { colorFor, initialsOf, participantKey, type Participant } from "../../sync/presence";

export interface StreamGrant {
  version: number;
  /** The user's session version when the stream opened: signing out everywhere bumps it. */
  sessionVersion: number;
  canEdit: boolean;
}

/** What an open stream keeps of the check made when it opened (any member may watch: viewers too). */
export function streamGrant(access: ChartAccess, session: RouteSession): StreamGrant {
  return { version: access.version, sessionVersion: session.sessionVersion, canEdit: can(access.role, "chart.edit") };
}

/** How a signed-in user's tab shows to the others. */
export function participantOf(actor: Actor & { name: string; email: string }, clientId: string, canEdit: boolean): Participant {
  const name = actor.name.trim() || actor.email;
  return {
    key: participantKey(actor.userId, clientId),
    userId: actor.userId,
    name,
    initials: initialsOf(name),
    color: colorFor(actor.userId),
    canEdit,
    selection: [],
    cursor: null,
    view: null,
    presenting: null,
  };
}

/**
 * Whether an open stream may go on: null when the chart still exists, the user is still a member
 * and has not signed out everywhere (or been deleted) since it opened; otherwise why it must end.
 */
export async function streamEndReason(db: Db, actor: Actor, chartId: string, grant: StreamGrant): Promise<"deleted" | "access" | "signed-out" | null> {
  try {
    await requireSessionChartAccess(db, { userId: actor.userId, sessionVersion: grant.sessionVersion }, chartId, "chart.read");
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Signed out everywhere (or the account is gone): the tab keeps its edits and asks to sign in.
    if (error.code === "unauthenticated") return "signed-out";
    // A member who can no longer find the chart: it was deleted (a stranger learns nothing here,
    // they had access when the stream opened).
    if (error.code === "not-found" && (await db.chart.count({ where: { id: chartId, deletedAt: null } })) === 0) return "deleted";
    return "access";
  }
}
