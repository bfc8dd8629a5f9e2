import "server-only";
import { recordAudit } from "./data/audit";
import { clearLimits, recordFailure, secondsUntilAllowed, type LimitKey } from "./data/rate-limits";
import { normalizeEmail } from "./data/users";
import type { Db } from "./db";
import { DEVICE_COOKIE, deviceCookieHeader, readCookie, readDeviceCookie } from "./device-cookie";
import { requestOrigin } from "./request-origin";

const MAX_FORM_BYTES = 8 * 1024;

export function rateLimitedResponse(seconds: number, baseUrl: string): Response {
  // next-auth's signIn() reads `url` and its `error` parameter; the form shows the wait from it.
  const url = new URL("/signin", baseUrl);
  url.searchParams.set("error", `rate-limited:${seconds}`);
  return Response.json(
    { url: url.toString(), error: { code: "rate-limited", message: `Too many attempts. Try again in ${seconds} seconds.`, retryAfter: seconds } },
    { status: 429, headers: { "Retry-After": String(seconds), "Cache-Control": "no-store" } },
  );
}

function signedIn(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => /^(__Secure-)?next-auth\.session-token=[^;]+/.test(cookie));
}

/**
 * Wraps next-auth's credentials callback: refuse with 429 while a limit applies, count failures,
 * and audit them. The work is the same whether the email exists or not (one user lookup, one audit
 * insert, the same limiter writes), so neither the answer nor its timing tells them apart.
 */
export async function guardCredentialsSignIn(db: Db, request: Request, signIn: (request: Request) => Promise<Response>): Promise<Response> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_FORM_BYTES) {
    return Response.json({ error: { code: "too-large", message: "The request is too large." } }, { status: 413 });
  }
  const text = await request.clone().text();
  if (text.length > MAX_FORM_BYTES) return Response.json({ error: { code: "too-large", message: "The request is too large." } }, { status: 413 });
  const rawEmail = new URLSearchParams(text).get("email") ?? "";
  const email = normalizeEmail(rawEmail).slice(0, 254);
  const origin = requestOrigin(request.headers);
  const device = readDeviceCookie(readCookie(request.headers.get("cookie"), DEVICE_COOKIE), email);
  const keys: LimitKey[] = device
    ? [{ kind: "device", value: device }]
    : [{ kind: "account", value: email }, { kind: "client", value: origin.address ?? "unknown" }];

  const wait = await secondsUntilAllowed(db, keys);
  if (wait > 0) return rateLimitedResponse(wait, request.url);

  const response = await signIn(request);
  if (signedIn(response)) {
    await clearLimits(db, device ? keys : [{ kind: "account", value: email }]);
    const headers = new Headers(response.headers);
    if (!device) headers.append("Set-Cookie", deviceCookieHeader(email));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  await recordFailure(db, keys);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  await recordAudit(db, { action: "signin.failed", subject: { id: user?.id ?? null, email }, origin, detail: { knownDevice: device ? 1 : 0 } });
  return response;
}
