import type { Db } from "../create-prisma-client";
import { AppError, forbidden, notFound } from "../errors";
import { can, isOrgRole, type Action, type OrgRole } from "../permissions";
import type { Actor, RouteSession } from "./actor";

type Tx = Pick<Db, "membership" | "chart">;

/**
 * The caller's role in an organisation, or "not found" when they are not a member: a stranger
 * must not learn whether an id exists. A member whose role lacks the action gets "forbidden".
 */
export async function requireOrgAccess(tx: Tx, actor: Actor, orgId: string, action: Action): Promise<OrgRole> {
  const membership = await tx.membership.findUnique({
    where: { userId_orgId: { userId: actor.userId, orgId } },
    select: { role: true },
  });
  if (!membership || !isOrgRole(membership.role)) throw notFound("Organisation not found");
  if (!can(membership.role, action)) throw forbidden(roleMessage(membership.role, action));
  return membership.role;
}

/** Only this module grants access: a ChartAccess is proof that the check was made. */
declare const granted: unique symbol;

/** What requireChartAccess grants; functions that act for an already checked caller ask for it. */
export interface ChartAccess {
  readonly [granted]: true;
  chartId: string;
  /** The action the check allowed. */
  action: Action;
  orgId: string;
  orgName: string;
  role: OrgRole;
  version: number;
  proposalState: string | null;
}

interface UserAccessRow {
  name: string;
  email: string;
  sessionVersion: number;
  orgId: string | null;
  orgName: string | null;
  role: string | null;
  version: number | null;
  proposalState: string | null;
}

/**
 * A deleted chart (in the trash) is "not found" here: only restoring it reaches it (charts.ts).
 * So is someone else's private proposal.
 * Every edit and every live stream asks this, so it is one SQL statement: Prisma 6 compiles each
 * model query anew (no plan cache), which costs several times what the statement itself does.
 */
export async function requireChartAccess(tx: Pick<Db, "$queryRaw">, actor: Actor, chartId: string, action: Action): Promise<ChartAccess> {
  return judge(await readAccessRow(tx, actor.userId, chartId), chartId, action);
}

/**
 * The check of the routes that take a session's cookie claims without reading them back (edits,
 * presence and the event stream, many a second in a workshop): the session's revocation (deleted
 * user, signed out everywhere) and the chart access in the one statement of requireChartAccess,
 * where `requireRouteUser` and `requireChartAccess` would take two. A revoked session is
 * "unauthenticated", as it is everywhere else.
 */
export async function requireSessionChartAccess(
  tx: Pick<Db, "$queryRaw">,
  session: RouteSession,
  chartId: string,
  action: Action,
): Promise<{ user: Actor & { name: string; email: string }; access: ChartAccess }> {
  const row = await readAccessRow(tx, session.userId, chartId);
  if (row === undefined || Number(row.sessionVersion) !== session.sessionVersion) throw new AppError("unauthenticated", "Please sign in.");
  const user = { userId: session.userId, name: row.name, email: row.email, origin: session.origin };
  return { user, access: judge(row, chartId, action) };
}

/** The user's row, with the chart's access columns left null when the chart is out of their reach. */
async function readAccessRow(tx: Pick<Db, "$queryRaw">, userId: string, chartId: string): Promise<UserAccessRow | undefined> {
  const [row] = await tx.$queryRaw<UserAccessRow[]>`
    SELECT u.name AS name, u.email AS email, u."sessionVersion" AS "sessionVersion",
      c."orgId" AS "orgId", o.name AS "orgName", m.role AS role, c.version AS version, c."proposalState" AS "proposalState"
    FROM "User" u
    LEFT JOIN "Chart" c ON c.id = ${chartId} AND c."deletedAt" IS NULL AND (c."privateToId" IS NULL OR c."privateToId" = u.id)
    LEFT JOIN "Membership" m ON m."orgId" = c."orgId" AND m."userId" = u.id
    LEFT JOIN "Organization" o ON o.id = c."orgId"
    WHERE u.id = ${userId}`;
  return row;
}

function judge(row: UserAccessRow | undefined, chartId: string, action: Action): ChartAccess {
  const role = row?.role;
  if (!row || !role || !isOrgRole(role) || row.orgId === null || row.orgName === null) throw notFound("Chart not found");
  if (!can(role, action)) throw forbidden(roleMessage(role, action));
  // A merged or discarded proposal is kept to read, compare and discuss, never to change.
  if ((action === "chart.edit" || action === "chart.rename") && row.proposalState !== null && row.proposalState !== "open") {
    throw forbidden(`This proposal is ${row.proposalState}: it can no longer be edited`);
  }
  return { chartId, action, orgId: row.orgId, orgName: row.orgName, role, version: Number(row.version), proposalState: row.proposalState } as ChartAccess;
}

function roleMessage(role: OrgRole, action: Action): string {
  return `Your role (${role}) does not allow ${action.replace(".", ": ")}`;
}
