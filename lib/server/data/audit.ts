import type { Db, Tx } from "../create-prisma-client";
import { requireOrgAccess } from "./access";
import type { Actor, RequestOrigin } from "./actor";

/** The audit fields that describe the caller. */
export function byActor(actor: Actor): Pick<AuditInput, "actor" | "origin"> {
  return { actor: { id: actor.userId, email: actor.email ?? null }, origin: actor.origin ?? null };
}

export type AuditAction =
  | "signin.failed"
  | "signin.limited"
  | "member.joined"
  | "member.role"
  | "member.removed"
  | "invitation.created"
  | "invitation.revoked"
  | "chart.deleted"
  | "chart.restored"
  | "password.changed"
  | "account.deleted";

export interface AuditInput {
  action: AuditAction;
  orgId?: string | null;
  actor?: { id: string; email: string | null } | null;
  subject?: { id: string | null; email: string } | null;
  detail?: Record<string, string | number | null>;
  origin?: RequestOrigin | null;
}

/** The only write this module offers: entries are added, never changed (a database trigger agrees). */
export async function recordAudit(db: Db | Tx, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: input.action,
      orgId: input.orgId ?? null,
      actorId: input.actor?.id ?? null,
      actorEmail: input.actor?.email ?? null,
      subjectId: input.subject?.id ?? null,
      subjectEmail: input.subject?.email ?? null,
      detail: JSON.stringify(input.detail ?? {}),
      address: input.origin?.address?.slice(0, 64) ?? null,
      userAgent: input.origin?.userAgent?.slice(0, 300) ?? null,
    },
  });
}

export interface AuditEntry {
  id: number;
  action: AuditAction;
  actorEmail: string | null;
  subjectEmail: string | null;
  detail: Record<string, string | number | null>;
  address: string | null;
  userAgent: string | null;
  createdAt: Date;
}

/**
 * An organisation's log, for its owners: what happened in it, and failed sign-ins to the accounts
 * of its current members (those belong to a person, not to one organisation).
 */
export async function listAuditEvents(db: Db, actor: Actor, orgId: string, options: { before?: number; take?: number } = {}): Promise<AuditEntry[]> {
  await requireOrgAccess(db, actor, orgId, "org.audit");
  const members = await db.membership.findMany({ where: { orgId }, select: { userId: true } });
  const rows = await db.auditEvent.findMany({
    where: {
      OR: [{ orgId }, { orgId: null, action: { in: ["signin.failed", "signin.limited"] }, subjectId: { in: members.map((m) => m.userId) } }],
      ...(options.before ? { id: { lt: options.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: Math.min(options.take ?? 100, 500),
  });
  return rows.map((row) => ({
    id: row.id,
    action: row.action as AuditAction,
    actorEmail: row.actorEmail,
    subjectEmail: row.subjectEmail,
    detail: JSON.parse(row.detail) as AuditEntry["detail"],
    address: row.address,
    userAgent: row.userAgent,
    createdAt: row.createdAt,
  }));
}
