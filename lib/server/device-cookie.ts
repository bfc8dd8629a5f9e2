import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { servedOverHttps } from "./request-origin";

/**
 * A "known device" cookie (OWASP's device cookies): set when a browser signs in to an account, it
 * lets that browser keep trying under its own limit while strangers guessing the same account are
 * slowed down. So an attacker can delay the account for other clients but never lock its owner out
 * of the browser they already use.
 */
export const DEVICE_COOKIE = "orgplan-device";

const fallbackKey = randomBytes(32);
const key = () => process.env.NEXTAUTH_SECRET ?? fallbackKey;

function mac(email: string, nonce: string): string {
  return createHmac("sha256", key()).update(`device:${email}:${nonce}`).digest("base64url");
}

/** The device id when the cookie was issued for this email by this server, else null. */
export function readDeviceCookie(cookieValue: string | undefined, email: string): string | null {
  if (!cookieValue || cookieValue.length > 200) return null;
  const [nonce, signature] = cookieValue.split(".");
  if (!nonce || !signature || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return null;
  const expected = Buffer.from(mac(email, nonce));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
}

export function deviceCookieHeader(email: string, nonce = randomBytes(18).toString("base64url")): string {
  const secure = servedOverHttps() ? "; Secure" : "";
  return `${DEVICE_COOKIE}=${nonce}.${mac(email, nonce)}; Path=/api/auth; Max-Age=${365 * 24 * 3600}; HttpOnly; SameSite=Lax${secure}`;
}

export function readCookie(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [k, ...rest] = part.trim().split("=");
    if (k === name) return rest.join("=");
  }
  return undefined;
}
