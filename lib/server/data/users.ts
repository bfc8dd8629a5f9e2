import type { Db, Tx } from "../create-prisma-client";
import { AppError } from "../errors";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../password";
import type { Actor } from "./actor";
import { byActor, recordAudit } from "./audit";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: string | null;
  sessionVersion: number;
}

const SESSION_FIELDS = { id: true, email: true, name: true, locale: true, sessionVersion: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(db: Db, input: { email: string; name: string; password: string; locale?: string | null }): Promise<SessionUser> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email, name: input.name.trim(), passwordHash, locale: input.locale ?? null },
      select: SESSION_FIELDS,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
    throw error;
  }
}

/** Returns the user only when email and password match; otherwise null, taking the same time. */
export async function authenticate(db: Db, email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { ...SESSION_FIELDS, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  const { passwordHash: _hash, ...sessionUser } = user;
  return sessionUser;
}

/**
 * Runs on every signed-in request (the session's revocation check), so it is plain SQL: a Prisma
 * model query is compiled anew each time and costs several times the statement.
 */
export async function findSessionUser(db: Pick<Db, "$queryRaw">, userId: string): Promise<SessionUser | null> {
  const [user] = await db.$queryRaw<SessionUser[]>`
    SELECT id, email, name, locale, "sessionVersion" AS "sessionVersion" FROM "User" WHERE id = ${userId}`;
  return user === undefined ? null : { ...user, sessionVersion: Number(user.sessionVersion) };
}

export async function setLocale(db: Db, actor: Actor, locale: "it" | "en"): Promise<void> {
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
}

/** Ends every session of the user, on every device: their tokens carry the old version. */
export async function revokeAllSessions(db: Db, actor: Actor): Promise<void> {
  await db.user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } });
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Changes the password after checking the current one, and ends every session (the caller signs in
 * again with the new password, so only their other devices are signed out).
 */
export async function changePassword(db: Db, actor: Actor, currentPassword: string, newPasswordHash: string): Promise<"changed" | "wrong-password"> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("unauthenticated", "Please sign in.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return "wrong-password";
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash: newPasswordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: "password.changed", ...byActor(actor), subject: { id: actor.userId, email: user.email } });
  });
  return "changed";
}

/** Organisations the user is the only owner of: deleting the account deletes them too. */
export async function organizationsOnlyOwnedBy(db: Db | Tx, actor: Actor): Promise<{ id: string; name: string; otherMembers: number }[]> {
  const owned = await db.membership.findMany({
    where: { userId: actor.userId, role: "owner" },
    select: { org: { select: { id: true, name: true, memberships: { select: { userId: true, role: true } } } } },
  });
  return owned
    .filter(({ org }) => org.memberships.every((m) => m.userId === actor.userId || m.role !== "owner"))
    .map(({ org }) => ({ id: org.id, name: org.name, otherMembers: org.memberships.length - 1 }));
}

/**
 * Deletes the account after checking the password. Organisations it alone owns go with it (the
 * account page says so first); in the others its memberships end and its edits stay, unattributed.
 */
export async function deleteAccount(db: Db, actor: Actor, password: string): Promise<"deleted" | "wrong-password"> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("unauthenticated", "Please sign in.");
  if (!(await verifyPassword(password, user.passwordHash))) return "wrong-password";
  await db.$transaction(async (tx) => {
    const orphaned = await organizationsOnlyOwnedBy(tx, actor);
    const memberships = await tx.membership.findMany({ where: { userId: actor.userId }, select: { orgId: true } });
    for (const { orgId } of memberships) {
      if (orphaned.some((org) => org.id === orgId)) continue;
      await recordAudit(tx, { action: "account.deleted", orgId, ...byActor(actor), subject: { id: actor.userId, email: user.email } });
    }
    await tx.organization.deleteMany({ where: { id: { in: orphaned.map((org) => org.id) } } });
    await tx.user.delete({ where: { id: actor.userId } });
  });
  return "deleted";
}
