import type { Db } from "../create-prisma-client";
import { AppError } from "../errors";
import { DUMMY_HASH, hashPassword, verifyPassword } from "../password";
import type { Actor } from "./actor";

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

export function findSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id: userId }, select: SESSION_FIELDS });
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
