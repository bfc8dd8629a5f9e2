import "server-only";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "./db";
import { sessionClaims, sessionTokenUser } from "./session-token-user";
import { authOptions } from "./auth-options";
import type { Actor, RouteSession } from "./data/actor";
import { AppError } from "./errors";
import { currentOrigin } from "./request-origin";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; name?: string; email?: string } | undefined;
  if (!user?.id) return null;
  return { userId: user.id, name: user.name ?? "", email: user.email ?? "", origin: await currentOrigin() };
}

/** For pages: signed-out visitors go to the sign-in page and come back afterwards. */
export async function requirePageUser(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For actions and routes: signed-out requests are refused. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Please sign in.");
  return user;
}

/**
 * For route handlers (exports, streams): the same user and the same revocation rule as
 * `requireUser`, without next-auth's per-call re-encryption (session-token-user.ts).
 */
export async function requireRouteUser(): Promise<CurrentUser> {
  const token = await routeToken();
  const user = token ? await sessionTokenUser(db(), token.value, token.secret) : null;
  if (!user) throw new AppError("unauthenticated", "Please sign in.");
  return { ...user, origin: await currentOrigin() };
}

/**
 * For the live routes (edits, presence), which check the session's revocation in the same
 * statement as the chart access (data/access.ts, `requireSessionChartAccess`): the cookie's
 * claims alone. Nothing may be done with them before that check.
 */
export async function requireRouteSession(): Promise<RouteSession> {
  const token = await routeToken();
  const claims = token ? await sessionClaims(token.value, token.secret) : null;
  if (!claims) throw new AppError("unauthenticated", "Please sign in.");
  return { ...claims, origin: await currentOrigin() };
}

async function routeToken(): Promise<{ value: string; secret: string } | null> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const req = { cookies: await cookies(), headers: await headers() } as unknown as Parameters<typeof getToken>[0]["req"];
  // The cookie is __Secure- prefixed when the app is served over HTTPS; next-auth joins chunked cookies.
  const value = (await getToken({ req, raw: true, secureCookie: true })) || (await getToken({ req, raw: true, secureCookie: false }));
  return secret && value ? { value, secret } : null;
}
