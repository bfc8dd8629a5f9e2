import type { Db } from "../create-prisma-client";
import { forbidden, notFound } from "../errors";
import { can, isOrgRole, type Action, type OrgRole } from "../permissions";
import type { Actor } from "./actor";

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

/**
 * A deleted chart (in the trash) is "not found" here: only restoring it reaches it (charts.ts).
 * So is someone else's private proposal.
 * Every edit and every live stream asks this, so it is one SQL statement: Prisma 6 compiles each
 * model query anew (no plan cache), which costs several times what the statement itself does.
 */
/** What requireChartAccess grants; functions that act for an already checked caller ask for it. */
export interface ChartAccess {
  orgId: string;
  orgName: string;
  role: OrgRole;
  version: number;
  proposalState: string | null;
}

export async function requireChartAccess(tx: Pick<Db, "$queryRaw">, actor: Actor, chartId: string, action: Action): Promise<ChartAccess> {
  const [chart] = await tx.$queryRaw<{ orgId: string; orgName: string; role: string; version: number; proposalState: string | null }[]>`
    SELECT c."orgId" AS "orgId", o.name AS "orgName", m.role AS role, c.version AS version, c."proposalState" AS "proposalState"
    FROM "Chart" c
    JOIN "Organization" o ON o.id = c."orgId"
    JOIN "Membership" m ON m."orgId" = c."orgId" AND m."userId" = ${actor.userId}
    WHERE c.id = ${chartId} AND c."deletedAt" IS NULL AND (c."privateToId" IS NULL OR c."privateToId" = ${actor.userId})`;
  const role = chart?.role;
  if (!chart || !role || !isOrgRole(role)) throw notFound("Chart not found");
  if (!can(role, action)) throw forbidden(roleMessage(role, action));
  // A merged or discarded proposal is kept to read, compare and discuss, never to change.
  if ((action === "chart.edit" || action === "chart.rename") && chart.proposalState !== null && chart.proposalState !== "open") {
    throw forbidden(`This proposal is ${chart.proposalState}: it can no longer be edited`);
  }
  return { orgId: chart.orgId, orgName: chart.orgName, role, version: Number(chart.version), proposalState: chart.proposalState };
}

function roleMessage(role: OrgRole, action: Action): string {
  return `Your role (${role}) does not allow ${action.replace(".", ": ")}`;
}
