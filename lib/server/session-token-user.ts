import "server-only";
import { decode } from "next-auth/jwt";
import type { Db } from "./create-prisma-client";
import { findSessionUser } from "./data/users";

/** What a route request's session cookie says, before the revocation check. */
export interface SessionClaims {
  userId: string;
  /** The user's session version when the token was issued: signing out everywhere bumps it. */
  sessionVersion: number;
}

/**
 * A route request's session, read straight from the session cookie: one decryption, remembered
 * per token. `getServerSession` would also re-encrypt the token and set the cookie again on every
 * call, about half the cost of a live edit; routes have no use for that sliding refresh (pages and
 * actions still do it). Decoding is a pure function of the token and the secret, so the memo is
 * right on every instance. The revocation check (deleted user, bumped session version) is not
 * made here: `sessionTokenUser` or the live routes' access check read it from the database every
 * time, as the `jwt` callback in auth-options.ts does.
 */
const MEMO_SIZE = 2000;
const memo = new Map<string, { userId: string; sessionVersion: number; exp: number } | null>();

export async function sessionClaims(token: string, secret: string): Promise<SessionClaims | null> {
  let claims = memo.get(token);
  if (claims === undefined) {
    claims = await readClaims(token, secret);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(token, claims);
  }
  if (claims === null || claims.exp * 1000 <= Date.now()) return null;
  return { userId: claims.userId, sessionVersion: claims.sessionVersion };
}

/** The signed-in user of a route request: the claims, checked against the user's row. */
export async function sessionTokenUser(db: Db, token: string, secret: string): Promise<{ userId: string; name: string; email: string } | null> {
  const claims = await sessionClaims(token, secret);
  if (claims === null) return null;
  const user = await findSessionUser(db, claims.userId);
  if (user === null || user.sessionVersion !== claims.sessionVersion) return null;
  return { userId: user.id, name: user.name, email: user.email };
}

async function readClaims(token: string, secret: string): Promise<{ userId: string; sessionVersion: number; exp: number } | null> {
  try {
    const payload = await decode({ token, secret });
    if (typeof payload?.sub !== "string" || typeof payload.exp !== "number" || (payload as { revoked?: boolean }).revoked) return null;
    return { userId: payload.sub, sessionVersion: typeof payload.sv === "number" ? payload.sv : 0, exp: payload.exp };
  } catch {
    return null;
  }
}
