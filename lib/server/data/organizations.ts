import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../create-prisma-client";
import { AppError, notFound } from "../errors";
import type { OrgRole } from "../permissions";
import { requireOrgAccess } from "./access";
import type { Actor } from "./actor";
import { byActor, recordAudit } from "./audit";
import { trashCutoff } from "./charts";

export interface ChartSummary {
  id: string;
  name: string;
  version: number;
  updatedAt: Date;
  nodeCount: number;
  /** The proposals started from this chart (the caller's private ones and everyone's shared ones). */
  proposals: ProposalSummary[];
}

export interface ProposalSummary {
  id: string;
  name: string;
  state: string;
  private: boolean;
  updatedAt: Date;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  role: OrgRole;
  charts: ChartSummary[];
  /** Charts in the trash, still restorable, newest deletion first. */
  deletedCharts: { id: string; name: string; deletedAt: Date }[];
}

export async function listMyOrganizations(db: Db, actor: Actor): Promise<OrganizationSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      org: {
        select: {
          id: true,
          name: true,
          charts: {
            // Someone else's private proposal is not listed (and "not found" to every access check).
            where: { OR: [{ deletedAt: null }, { deletedAt: { gte: trashCutoff() } }], AND: [{ OR: [{ privateToId: null }, { privateToId: actor.userId }] }] },
            orderBy: { createdAt: "asc" },
            select: {
              id: true, name: true, version: true, updatedAt: true, deletedAt: true, originId: true, proposalState: true, privateToId: true,
              _count: { select: { nodes: true } },
            },
          },
        },
      },
    },
  });
  return memberships.map(({ role, org }) => {
    const current = org.charts.filter((c) => c.deletedAt === null);
    // A proposal is listed under its chart; one whose chart is gone or in the trash stands alone.
    const live = new Set(current.map((c) => c.id));
    const proposalsOf = new Map<string, ChartSummary["proposals"]>();
    for (const p of current) {
      if (p.proposalState === null || p.originId === null || !live.has(p.originId)) continue;
      const list = proposalsOf.get(p.originId) ?? [];
      list.push({ id: p.id, name: p.name, state: p.proposalState, private: p.privateToId !== null, updatedAt: p.updatedAt });
      proposalsOf.set(p.originId, list);
    }
    return {
      id: org.id,
      name: org.name,
      role: role as OrgRole,
      charts: current
        .filter((c) => c.proposalState === null || c.originId === null || !live.has(c.originId))
        .map((c) => ({ id: c.id, name: c.name, version: c.version, updatedAt: c.updatedAt, nodeCount: c._count.nodes, proposals: proposalsOf.get(c.id) ?? [] })),
      deletedCharts: org.charts
        .flatMap((c) => (c.deletedAt === null ? [] : [{ id: c.id, name: c.name, deletedAt: c.deletedAt }]))
        .sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime()),
    };
  });
}

export async function createOrganization(db: Db, actor: Actor, name: string): Promise<{ id: string }> {
  return db.organization.create({
    data: { name: name.trim(), memberships: { create: { userId: actor.userId, role: "owner" } } },
    select: { id: true },
  });
}

export async function getOrganization(db: Db, actor: Actor, orgId: string) {
  const role = await requireOrgAccess(db, actor, orgId, "org.read");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: {
      id: true,
      name: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { role: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  return {
    id: org.id,
    name: org.name,
    role,
    members: org.memberships.map((m) => ({ ...m.user, role: m.role as OrgRole })),
  };
}

export async function renameOrganization(db: Db, actor: Actor, orgId: string, name: string): Promise<void> {
  await requireOrgAccess(db, actor, orgId, "org.rename");
  await db.organization.update({ where: { id: orgId }, data: { name: name.trim() } });
}

const INVITE_DAYS = 14;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates an invitation link secret; only its hash is stored, so it is shown once. */
export async function createInvitation(db: Db, actor: Actor, orgId: string, role: OrgRole): Promise<{ token: string; expiresAt: Date }> {
  await requireOrgAccess(db, actor, orgId, "org.invite");
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000);
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({ data: { orgId, role, tokenHash: hashToken(token), createdById: actor.userId, expiresAt }, select: { id: true } });
    await recordAudit(tx, { action: "invitation.created", orgId, ...byActor(actor), detail: { invitationId: invitation.id, role } });
  });
  return { token, expiresAt };
}

export interface InvitationSummary {
  id: string;
  role: OrgRole;
  createdAt: Date;
  expiresAt: Date;
  uses: number;
  createdBy: string;
}

/** Links that still work. Only their hashes are stored, so a link cannot be shown again, only revoked. */
export async function listActiveInvitations(db: Db, actor: Actor, orgId: string): Promise<InvitationSummary[]> {
  await requireOrgAccess(db, actor, orgId, "org.invite");
  const rows = await db.invitation.findMany({
    where: { orgId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, role: true, createdAt: true, expiresAt: true, uses: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, role: row.role as OrgRole, createdBy: row.createdBy.name }));
}

export async function revokeInvitation(db: Db, actor: Actor, invitationId: string): Promise<{ orgId: string }> {
  const invitation = await db.invitation.findUnique({ where: { id: invitationId }, select: { orgId: true, role: true } });
  if (!invitation) throw notFound("Invitation not found");
  // Someone outside the organisation learns nothing: the same "not found" as for a made-up id.
  await requireOrgAccess(db, actor, invitation.orgId, "org.invite").catch((error: unknown) => {
    throw error instanceof AppError && error.code === "not-found" ? notFound("Invitation not found") : error;
  });
  await db.$transaction(async (tx) => {
    await tx.invitation.update({ where: { id: invitationId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { action: "invitation.revoked", orgId: invitation.orgId, ...byActor(actor), detail: { invitationId, role: invitation.role } });
  });
  return { orgId: invitation.orgId };
}

/** What an invitation offers, for the accept page. Unknown, expired and revoked links look the same. */
export async function describeInvitation(db: Db, token: string): Promise<{ orgName: string; role: OrgRole } | null> {
  const invite = await findUsableInvitation(db, token);
  return invite ? { orgName: invite.org.name, role: invite.role as OrgRole } : null;
}

export async function acceptInvitation(db: Db, actor: Actor, token: string): Promise<{ orgId: string; role: OrgRole }> {
  const invite = await findUsableInvitation(db, token);
  if (!invite) throw notFound("This invitation link is invalid or has expired.");
  return db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({ where: { userId_orgId: { userId: actor.userId, orgId: invite.orgId } } });
    // Joining again never lowers a role someone already has.
    if (existing) return { orgId: invite.orgId, role: existing.role as OrgRole };
    await tx.membership.create({ data: { userId: actor.userId, orgId: invite.orgId, role: invite.role } });
    await tx.invitation.update({ where: { id: invite.id }, data: { uses: { increment: 1 } } });
    await recordAudit(tx, {
      action: "member.joined",
      orgId: invite.orgId,
      ...byActor(actor),
      subject: { id: actor.userId, email: actor.email ?? "" },
      detail: { invitationId: invite.id, role: invite.role },
    });
    return { orgId: invite.orgId, role: invite.role as OrgRole };
  });
}

async function findUsableInvitation(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const invite = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, orgId: true, role: true, expiresAt: true, revokedAt: true, org: { select: { name: true } } },
  });
  if (!invite || invite.revokedAt || invite.expiresAt < new Date()) return null;
  return invite;
}

export async function changeMemberRole(db: Db, actor: Actor, orgId: string, userId: string, role: OrgRole): Promise<void> {
  await requireOrgAccess(db, actor, orgId, "org.manageMembers");
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { id: true, role: true, user: { select: { email: true } } } });
    if (!target) throw notFound("Member not found");
    if (target.role === role) return;
    if (target.role === "owner") await requireAnotherOwner(tx, orgId);
    await tx.membership.update({ where: { id: target.id }, data: { role } });
    await recordAudit(tx, { action: "member.role", orgId, ...byActor(actor), subject: { id: userId, email: target.user.email }, detail: { from: target.role, role } });
  });
}

/**
 * Owners remove anyone; any member may remove themselves (leave). Access is checked on every
 * request against the membership table, so the removed person's next request is refused.
 */
export async function removeMember(db: Db, actor: Actor, orgId: string, userId: string): Promise<void> {
  await requireOrgAccess(db, actor, orgId, userId === actor.userId ? "org.read" : "org.manageMembers");
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({ where: { userId_orgId: { userId, orgId } }, select: { id: true, role: true, user: { select: { email: true } } } });
    if (!target) throw notFound("Member not found");
    if (target.role === "owner") await requireAnotherOwner(tx, orgId);
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, { action: "member.removed", orgId, ...byActor(actor), subject: { id: userId, email: target.user.email }, detail: { role: target.role } });
  });
}

async function requireAnotherOwner(tx: Pick<Db, "membership">, orgId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { orgId, role: "owner" } });
  if (owners <= 1) throw new AppError("invalid", "An organisation needs at least one owner.");
}
