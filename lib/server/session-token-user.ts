import "server-only";
import { decode } from "next-auth/jwt";
import type { Db } from "./create-prisma-client";
import { findSessionUser } from "./data/users";

/**
 * The signed-in user of a route request, read straight from the session cookie: one decryption
 * (remembered per token) and one query for the revocation check. `getServerSession` would also
 * re-encrypt the token and set the cookie again on every call, about half the cost of a live edit;
 * routes have no use for that sliding refresh (pages and actions still do it). Decoding is a pure
 * function of the token and the secret, so the memo is right on every instance; the revocation
 * check (deleted user, bumped session version) is read from the database every time, as the
 * `jwt` callback in auth-options.ts does.
 */
const MEMO_SIZE = 2000;
const memo = new Map<string, { sub: string; sv: number; exp: number } | null>();

export async function sessionTokenUser(db: Db, token: string, secret: string): Promise<{ userId: string; name: string; email: string } | null> {
  let claims = memo.get(token);
  if (claims === undefined) {
    claims = await readClaims(token, secret);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(token, claims);
  }
  if (claims === null || claims.exp * 1000 <= Date.now()) return null;
  const user = await findSessionUser(db, claims.sub);
  if (user === null || user.sessionVersion !== claims.sv) return null;
  return { userId: user.id, name: user.name, email: user.email };
}

async function readClaims(token: string, secret: string): Promise<{ sub: string; sv: number; exp: number } | null> {
  try {
    const payload = await decode({ token, secret });
    if (typeof payload?.sub !== "string" || typeof payload.exp !== "number" || (payload as { revoked?: boolean }).revoked) return null;
    return { sub: payload.sub, sv: typeof payload.sv === "number" ? payload.sv : 0, exp: payload.exp };
  } catch {
    return null;
  }
}
