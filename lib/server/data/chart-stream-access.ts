import type { Db } from "../create-prisma-client";
import { notFound } from "../errors";
import { requireChartAccess } from "./access";
import type { Actor } from "./actor";

export interface StreamGrant {
  version: number;
  /** The user's session version when the stream opened: signing out everywhere bumps it. */
  sessionVersion: number;
}

/** Who may watch a chart live: anyone who may read it (viewers too). */
export async function openChartStream(db: Db, actor: Actor, chartId: string): Promise<StreamGrant> {
  const access = await requireChartAccess(db, actor, chartId, "chart.read");
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } });
  if (user === null) throw notFound("Chart not found");
  return { version: access.version, sessionVersion: user.sessionVersion };
}

/**
 * Whether an open stream may go on: the chart still exists, the user is still a member, and has
 * not signed out everywhere (or been deleted) since it opened.
 */
export async function streamStillAllowed(db: Db, actor: Actor, chartId: string, grant: StreamGrant): Promise<boolean> {
  try {
    await requireChartAccess(db, actor, chartId, "chart.read");
    const user = await db.user.findUnique({ where: { id: actor.userId }, select: { sessionVersion: true } });
    return user !== null && user.sessionVersion === grant.sessionVersion;
  } catch {
    return false;
  }
}
