/**
 * The security headers every response carries. Pure, so the policy is tested without a server;
 * proxy.ts applies it per request (the script nonce changes every time).
 */
export interface HeaderContext {
  /** Fresh per request; Next.js reads it from the CSP and puts it on its own scripts. */
  nonce: string;
  https: boolean;
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, https, dev }: HeaderContext): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce'd framework scripts load are trusted; nothing inline else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // The canvas positions every card with a style attribute (React Flow); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Browser features Orgplan never uses are switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=(), fullscreen=(self)";

/** Two years, the preload list's minimum; only ever sent over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function securityHeaders(context: HeaderContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    ...(context.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}
