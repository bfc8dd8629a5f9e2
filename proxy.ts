import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "./lib/security/security-headers";

/**
 * Every request gets a fresh script nonce: Next.js reads it from the request's CSP header and puts
 * it on its own scripts, and the response carries the same policy. HTTPS is judged by the URL users
 * open (NEXTAUTH_URL) or the proxy's X-Forwarded-Proto.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://") || request.headers.get("x-forwarded-proto") === "https";
  const headers = securityHeaders({ nonce, https, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build files and the live edit routes (JSON, no page, no script) carry the fixed headers
  // from next.config.js instead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/charts/[^/]+/ops$|api/charts/[^/]+/presence$).*)"],
};
