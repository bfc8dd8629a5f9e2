/**
 * The sign-in limiter in front of next-auth's credentials callback. next-auth itself is stood in
 * for by its real `authorize` (the provider's check of email and password) answering as next-auth
 * does: 200 with a session cookie, or 401. The e2e spec e2e/security.spec.ts drives the real route.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";
import type { Db } from "./create-prisma-client";

let t: TestDatabase;
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("./db", () => ({ db: () => t.db }));
// bcrypt at cost 12 would make the hundred sign-ins here take minutes; the limiter is what is tested.
vi.mock("./password", () => ({
  hashPassword: async (password: string) => `plain:${password}`,
  verifyPassword: async (password: string, hash: string) => hash === `plain:${password}`,
  DUMMY_HASH: "plain:\u0000",
}));

const { authOptions } = await import("./auth-options");
const { guardCredentialsSignIn } = await import("./guard-credentials-sign-in");
const { createUser } = await import("./data/users");
const { LIMIT_RULES } = await import("../security/attempt-limits");

const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } }).options.authorize;

/** next-auth's answers for the credentials callback with `json: true`. */
async function nextAuth(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const user = await authorize({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!user) return Response.json({ url: "http://test/signin?error=CredentialsSignin" }, { status: 401 });
  return Response.json({ url: "http://test/dashboard" }, { status: 200, headers: { "Set-Cookie": "next-auth.session-token=signed; Path=/; HttpOnly" } });
}

function attempt(db: Db, email: string, password: string, options: { address?: string; cookie?: string } = {}) {
  const request = new Request("http://test/api/auth/callback/credentials", {
    method: "POST",
    body: new URLSearchParams({ email, password, csrfToken: "t", json: "true" }).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": options.address ?? "192.0.2.1",
      ...(options.cookie ? { cookie: options.cookie } : {}),
    },
  });
  return guardCredentialsSignIn(db, request, nextAuth);
}

const deviceCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith("orgplan-device="))?.split(";")[0];
const PASSWORD = "a long enough password";

beforeAll(async () => {
  t = await createTestDatabase();
  for (const who of ["victim", "other", "device", "spray"]) await createUser(t.db, { email: `${who}@example.test`, name: who, password: PASSWORD });
});
afterAll(async () => t?.drop());

describe("sign-in limiter", () => {
  it("answers 429 with Retry-After after 10 failures for an account, even to the right password from that client", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT_RULES.account.free; i++) statuses.push((await attempt(t.db, "victim@example.test", `wrong ${i}`, { address: `198.51.100.${i}` })).status);
    expect(statuses).toEqual(Array(LIMIT_RULES.account.free).fill(401));
    const limited = await attempt(t.db, "victim@example.test", PASSWORD, { address: "198.51.100.99" });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LIMIT_RULES.account.maxDelaySeconds);
    expect(await limited.json()).toMatchObject({ error: { code: "rate-limited", retryAfter }, url: expect.stringContaining("rate-limited") });
  });

  it("gives an unknown email exactly the answers a wrong password gets, and does the same writes", async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    const rowsBefore = await t.db.auditEvent.count();
    for (let i = 0; i <= LIMIT_RULES.account.free; i++) {
      known.push((await attempt(t.db, "other@example.test", "wrong", { address: "203.0.113.1" })).status);
      unknown.push((await attempt(t.db, "nobody@example.test", "wrong", { address: "203.0.113.2" })).status);
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe(429);
    const failed = await t.db.auditEvent.findMany({ where: { id: { gt: rowsBefore } }, orderBy: { id: "asc" } });
    expect(failed.filter((e) => e.subjectEmail === "other@example.test")).toHaveLength(LIMIT_RULES.account.free);
    expect(failed.filter((e) => e.subjectEmail === "nobody@example.test")).toHaveLength(LIMIT_RULES.account.free);
    expect(failed.every((e) => e.action === "signin.failed")).toBe(true);
  });

  it("never locks the owner out of a browser they signed in with before", async () => {
    const first = await attempt(t.db, "device@example.test", PASSWORD);
    expect(first.status).toBe(200);
    const cookie = deviceCookieOf(first);
    expect(cookie).toBeTruthy();
    for (let i = 0; i < LIMIT_RULES.account.free + 3; i++) await attempt(t.db, "device@example.test", "attacker guess", { address: `192.0.2.${100 + i}` });
    expect((await attempt(t.db, "device@example.test", PASSWORD, { address: "192.0.2.250" })).status).toBe(429);
    expect((await attempt(t.db, "device@example.test", PASSWORD, { cookie })).status).toBe(200);
    // A device cookie is bound to its account: it does not unlock another one.
    expect((await attempt(t.db, "victim@example.test", PASSWORD, { cookie })).status).toBe(429);
  });

  it("limits one client address across many emails (password spraying)", async () => {
    for (let i = 0; i < LIMIT_RULES.client.free; i++) expect((await attempt(t.db, `spray-${i}@example.test`, "Password1", { address: "198.18.0.1" })).status).toBe(401);
    expect((await attempt(t.db, "spray@example.test", PASSWORD, { address: "198.18.0.1" })).status).toBe(429);
    expect((await attempt(t.db, "spray@example.test", PASSWORD, { address: "198.18.0.2" })).status).toBe(200);
  });

  it("holds across app instances: two clients on one database share the count", async () => {
    const second = await t.reopen();
    try {
      await createUser(t.db, { email: "shared@example.test", name: "shared", password: PASSWORD });
      for (let i = 0; i < LIMIT_RULES.account.free; i++) {
        const instance = i % 2 === 0 ? t.db : second;
        expect((await attempt(instance, "shared@example.test", "wrong", { address: `100.64.0.${i}` })).status).toBe(401);
      }
      expect((await attempt(second, "shared@example.test", PASSWORD, { address: "100.64.1.1" })).status).toBe(429);
      expect((await attempt(t.db, "shared@example.test", PASSWORD, { address: "100.64.1.2" })).status).toBe(429);
    } finally {
      await second.$disconnect();
    }
  });

  it("refuses an oversized form before reading it", async () => {
    const request = new Request("http://test/api/auth/callback/credentials", {
      method: "POST",
      body: `email=${"a".repeat(20_000)}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await guardCredentialsSignIn(t.db, request, nextAuth)).status).toBe(413);
  });
});
