/**
 * Generated input against every server action and route (fast-check): whatever arrives, the answer
 * is a 4xx-style refusal or a success, never an internal error (500), never a hang, and a refusal
 * changes nothing. FUZZ_RUNS scales the number of cases (default 25 per entry point in `npm test`).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/server/testing/test-database";

let t: TestDatabase;
let signedIn: { userId: string; name: string; email: string } | null = null;

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.77" }),
}));
vi.mock("@/lib/server/db", () => ({ db: () => t.db }));
vi.mock("@/lib/server/password", () => ({
  hashPassword: async (password: string) => `plain:${password}`,
  verifyPassword: async (password: string, hash: string) => hash === `plain:${password}`,
  DUMMY_HASH: "plain:\u0000",
}));
vi.mock("@/lib/server/session", async () => (await import("@/lib/server/testing/session-mock")).sessionMock(() => signedIn));

const actions = {
  ...(await import("./charts")),
  ...(await import("./organizations")),
  ...(await import("./account")),
  ...(await import("./acknowledgements")),
  ...(await import("./import")),
  ...(await import("./versions")),
  ...(await import("./comments")),
  ...(await import("./proposals")),
} as Record<string, (input: unknown) => Promise<unknown>>;
const opsRoute = await import("@/app/api/charts/[chartId]/ops/route");
const chartRoute = await import("@/app/api/charts/[chartId]/route");
const archiveRoute = await import("@/app/api/orgs/[orgId]/archive/route");
const exportRoute = await import("@/app/api/charts/[chartId]/export/route");
const presenceRoute = await import("@/app/api/charts/[chartId]/presence/route");
const { guardCredentialsSignIn } = await import("@/lib/server/guard-credentials-sign-in");
const { createUser } = await import("@/lib/server/data/users");
const { createOrganization } = await import("@/lib/server/data/organizations");
const { createChart } = await import("@/lib/server/data/charts");

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const HANG_MS = 10_000;
let ids: { orgId: string; chartId: string; userId: string };

/** Any JSON-ish value, plus near-valid objects using the real ids and hostile strings. */
function inputs() {
  const hostile = fc.oneof(
    fc.string(),
    fc.string({ maxLength: 5000 }),
    fc.constantFrom("", " ", "\u0000", "../../etc/passwd", "<script>alert(1)</script>", "x".repeat(100_000), "🙂".repeat(300), "' OR 1=1 --", "__proto__"),
  );
  const idLike = fc.oneof(hostile, fc.constantFrom(() => ids.orgId, () => ids.chartId, () => ids.userId).map((f) => f()));
  const nearValid = fc.record(
    {
      orgId: idLike,
      chartId: idLike,
      userId: idLike,
      invitationId: idLike,
      versionId: idLike,
      commentId: idLike,
      threadId: idLike,
      body: hostile,
      resolved: fc.oneof(fc.boolean(), hostile),
      private: fc.oneof(fc.boolean(), hostile),
      target: fc.oneof(
        fc.record({ kind: fc.constantFrom("node", "finding", "chart"), nodeId: fc.oneof(fc.constant("ceo"), hostile) }),
        fc.record({ kind: fc.constant("finding"), finding: fc.oneof(fc.constant({ rule: "gap", duty: "cio.it-operations", nodes: [] }), fc.anything({ maxDepth: 2 })) }),
        hostile,
      ),
      name: hostile,
      role: fc.oneof(fc.constantFrom("owner", "editor", "viewer", "admin"), hostile),
      token: hostile,
      email: fc.oneof(fc.emailAddress(), hostile),
      password: hostile,
      currentPassword: hostile,
      newPassword: hostile,
      locale: fc.oneof(fc.constantFrom("it", "en"), hostile),
      fileName: fc.oneof(fc.constantFrom("chart.json", "chart.csv", "org.xlsx"), hostile),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map((text) => new TextEncoder().encode(text))),
      options: fc.oneof(fc.constant({}), fc.anything({ maxDepth: 2 })),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(fc.anything(), nearValid, fc.constant(undefined), fc.constant(null));
}

function withinTime<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${HANG_MS} ms`)), HANG_MS))]);
}

beforeAll(async () => {
  t = await createTestDatabase();
  const owner = await createUser(t.db, { email: "fuzz-owner@example.test", name: "Owner", password: "long enough password" });
  signedIn = { userId: owner.id, name: owner.name, email: owner.email };
  const org = await createOrganization(t.db, signedIn, "Fuzz org");
  const chart = await createChart(t.db, signedIn, org.id, {
    name: "Fuzz chart",
    nodes: [{ id: "ceo", title: "CEO", person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] }],
    edges: [],
  });
  ids = { orgId: org.id, chartId: chart.id, userId: owner.id };
});
afterAll(async () => t?.drop());

describe("fuzzing every server action", () => {
  // Deleting the account or leaving would end the session under test; they are fuzzed last.
  const order = Object.keys(actions).sort((a, b) => Number(/deleteAccount|removeMember/.test(a)) - Number(/deleteAccount|removeMember/.test(b)));
  for (const name of order) {
    it(`${name}: never an internal error or a hang, and a refusal changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(inputs(), async (input) => {
          const before = await t.snapshot();
          const result = (await withinTime(actions[name]!(input))) as { ok?: boolean; error?: { code: string } } | undefined;
          if (result && typeof result === "object" && "ok" in result) {
            expect(result.error?.code).not.toBe("internal");
            if (!result.ok) expect(await t.snapshot()).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }, 120_000);
  }
});

describe("fuzzing every route", () => {
  const headerValue = fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "-1", "99999999999", "NaN"));
  const body = fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.string({ maxLength: 3000 }),
    fc.record({ baseVersion: fc.oneof(fc.integer(), fc.double(), fc.string()), ops: fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 20 }) }).map((v) => JSON.stringify(v)),
    fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  );
  const chartIdParam = fc.oneof(fc.string({ maxLength: 200 }), fc.constant("CHART"));

  it("POST /api/charts/[chartId]/presence (nothing is ever stored, so nothing may change)", async () => {
    const presence = fc.oneof(
      body,
      fc
        .record({ clientId: fc.oneof(fc.constant("fuzz-tab-0001"), fc.string()), selection: fc.anything(), cursor: fc.anything(), view: fc.anything(), summon: fc.anything() }, { requiredKeys: [] })
        .map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(presence, headerValue, chartIdParam, async (text, type, chartId) => {
        let request: Request;
        try {
          request = new Request("http://test/api", { method: "POST", body: text, headers: { "content-type": type, host: "test" } });
        } catch {
          return;
        }
        const before = await t.snapshot();
        const response = await withinTime(presenceRoute.POST(request, { params: Promise.resolve({ chartId: chartId === "CHART" ? ids.chartId : chartId }) }));
        expect(response.status).toBeLessThan(500);
        expect(await t.snapshot()).toBe(before);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 240_000);

  it("POST /api/charts/[chartId]/ops", async () => {
    await fc.assert(
      fc.asyncProperty(body, headerValue, fc.option(headerValue), fc.option(fc.constantFrom("https://evil.example", "http://test", "null")), chartIdParam, async (text, type, length, origin, chartId) => {
        const headers: Record<string, string> = { "content-type": type, host: "test" };
        if (length !== null) headers["content-length"] = length;
        if (origin !== null) headers.origin = origin;
        let request: Request;
        try {
          request = new Request("http://test/api", { method: "POST", body: text, headers });
        } catch {
          return; // a header value fetch itself refuses never reaches the server
        }
        const before = await t.snapshot();
        const response = await withinTime(opsRoute.POST(request, { params: Promise.resolve({ chartId: chartId === "CHART" ? ids.chartId : chartId }) }));
        expect(response.status).toBeLessThan(500);
        if (!response.ok) expect(await t.snapshot()).toBe(before);
      }),
      { numRuns: RUNS * 4 },
    );
  }, 240_000);

  it("GET /api/charts/[chartId], GET /api/charts/[chartId]/export and GET /api/orgs/[orgId]/archive", async () => {
    await fc.assert(
      fc.asyncProperty(chartIdParam, fc.string({ maxLength: 300 }), async (param, query) => {
        let exportUrl: string;
        try {
          exportUrl = `http://test/api?${query}`;
          new URL(exportUrl);
        } catch {
          exportUrl = "http://test/api";
        }
        const exported = await withinTime(exportRoute.GET(new Request(exportUrl), { params: Promise.resolve({ chartId: param === "CHART" ? ids.chartId : param }) }));
        expect(exported.status).toBeLessThan(500);
        const chart = await withinTime(chartRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ chartId: param === "CHART" ? ids.chartId : param }) }));
        expect(chart.status).toBeLessThan(500);
        const archive = await withinTime(archiveRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ orgId: param === "CHART" ? ids.orgId : param }) }));
        expect(archive.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 240_000);

  it("POST /api/auth/callback/credentials (the limiter in front of next-auth)", async () => {
    const signIn = async () => Response.json({ url: "http://test/signin?error=CredentialsSignin" }, { status: 401 });
    await fc.assert(
      fc.asyncProperty(body, fc.option(headerValue), fc.option(fc.string({ maxLength: 500 })), fc.option(fc.string({ maxLength: 300 })), async (text, length, cookie, forwarded) => {
        const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
        if (length !== null) headers["content-length"] = length;
        if (cookie !== null) headers.cookie = cookie;
        if (forwarded !== null) headers["x-forwarded-for"] = forwarded;
        let request: Request;
        try {
          request = new Request("http://test/api/auth/callback/credentials", { method: "POST", body: text, headers });
        } catch {
          return;
        }
        const response = await withinTime(guardCredentialsSignIn(t.db, request, signIn));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: RUNS * 2 },
    );
  }, 240_000);
});
