import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "../security/client-address";
import type { RequestOrigin } from "./data/actor";

/** How many reverse proxies in front of the app append to X-Forwarded-For (README: "Behind a proxy"). */
function trustedProxies(): number {
  const value = Number(process.env.ORGPLAN_TRUSTED_PROXIES ?? "0");
  return Number.isInteger(value) && value >= 0 && value <= 10 ? value : 0;
}

export function requestOrigin(headers: Headers): RequestOrigin {
  return {
    address: clientAddress(headers.get("x-forwarded-for"), trustedProxies()),
    userAgent: headers.get("user-agent")?.slice(0, 300) ?? null,
  };
}

/** True when users reach the app over HTTPS (then cookies are Secure and HSTS is sent). */
export function servedOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/** Where the current request (page, action) came from, for the audit log and the limiters. */
export async function currentOrigin(): Promise<RequestOrigin> {
  return requestOrigin(await headers());
}
