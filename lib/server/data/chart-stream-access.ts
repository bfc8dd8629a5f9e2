import type { Db } from "../create-prisma-client";
import { AppError, notFound } from "../errors";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";
import { can } from "../permissions";
import { colorFor, initialsOf, participantKey, type Participant } from "../../sync/presence";

export interface StreamGrant {
  version: number;
  /** The user's session version when the stream opened: signing out everywhere bumps it. */
  sessionVersion: number;
  canEdit: boolean;
}

/** Who may watch a chart live: anyone who may read it (viewers too). */
export async function openChartStream(db: Db, actor: Actor, chartId: string): Promise<StreamGrant> {
  const access = await requireChartAccess(db, actor, chartId, "chart.read");
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } });
  if (user === null) throw notFound("Chart not found");
  return { version: access.version, sessionVersion: user.sessionVersion, canEdit: can(access.role, "chart.edit") };
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
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } });
  // Signed out everywhere (or the account is gone): the tab keeps its edits and asks to sign in.
  if (user === null || user.sessionVersion !== grant.sessionVersion) return "signed-out";
  try {
    await requireChartAccess(db, actor, chartId, "chart.read");
    return null;
  } catch (error) {
    // A member who can no longer find the chart: it was deleted (a stranger learns nothing here,
    // they had access when the stream opened).
    if (error instanceof AppError && error.code === "not-found" && (await db.chart.count({ where: { id: chartId, deletedAt: null } })) === 0) return "deleted";
    return "access";
  }
}
