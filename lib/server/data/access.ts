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

export async function requireChartAccess(
  tx: Tx,
  actor: Actor,
  chartId: string,
  action: Action,
): Promise<{ orgId: string; orgName: string; role: OrgRole; version: number }> {
  const chart = await tx.chart.findFirst({
    where: { id: chartId, org: { memberships: { some: { userId: actor.userId } } } },
    select: { orgId: true, version: true, org: { select: { name: true, memberships: { where: { userId: actor.userId }, select: { role: true } } } } },
  });
  const role = chart?.org.memberships[0]?.role;
  if (!chart || !role || !isOrgRole(role)) throw notFound("Chart not found");
  if (!can(role, action)) throw forbidden(roleMessage(role, action));
  return { orgId: chart.orgId, orgName: chart.org.name, role, version: chart.version };
}

function roleMessage(role: OrgRole, action: Action): string {
  return `Your role (${role}) does not allow ${action.replace(".", ": ")}`;
}
