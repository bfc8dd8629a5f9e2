import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("allow scripts only by nonce: no 'unsafe-inline' or 'unsafe-eval' in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", https: false, dev: false });
    const scripts = directive(csp, "script-src")!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(directive(csp, "default-src")).toBe("default-src 'self'");
  });

  it("forbid framing, plugins and base-tag hijacking", () => {
    const csp = contentSecurityPolicy({ nonce: "n", https: true, dev: false });
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
  });

  it("send HSTS only over HTTPS, and a Permissions-Policy always", () => {
    expect(securityHeaders({ nonce: "n", https: false, dev: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true, dev: false })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(securityHeaders({ nonce: "n", https: false, dev: false })["Permissions-Policy"]).toContain("camera=()");
  });
});
