/**
 * The authorization matrix, exercised through the real server actions and route handlers (only
 * the session and Next's request-bound helpers are stubbed): for every mutating entry point, a
 * member of another organisation gets "not found", a viewer is refused, a signed-out request is
 * refused — and in each case the database is byte-for-byte unchanged.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportFormats } from "@/lib/server/export-chart";
import { createTestDatabase, type TestDatabase } from "@/lib/server/testing/test-database";

let t: TestDatabase;
let signedIn: { userId: string; name: string; email: string } | null = null;

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/server/db", () => ({ db: () => t.db }));
vi.mock("@/lib/server/session", async () => (await import("@/lib/server/testing/session-mock")).sessionMock(() => signedIn));

const chartActions = await import("./charts");
const orgActions = await import("./organizations");
const accountActions = await import("./account");
const acknowledgementActions = await import("./acknowledgements");
const importActions = await import("./import");
const versionActions = await import("./versions");
const commentActions = await import("./comments");
const proposalActions = await import("./proposals");
const exportRoute = await import("@/app/api/charts/[chartId]/export/route");
const opsRoute = await import("@/app/api/charts/[chartId]/ops/route");
const chartRoute = await import("@/app/api/charts/[chartId]/route");
const archiveRoute = await import("@/app/api/orgs/[orgId]/archive/route");
const eventsRoute = await import("@/app/api/charts/[chartId]/events/route");
const presenceRoute = await import("@/app/api/charts/[chartId]/presence/route");
const { createUser } = await import("@/lib/server/data/users");
const { createOrganization, createInvitation } = await import("@/lib/server/data/organizations");
const { createChart } = await import("@/lib/server/data/charts");

type Ids = { orgA: string; chartA: string; ownerA: string; invitationA: string; versionA: string; threadA: string; commentA: string; proposalA: string };
type Outcome = { ok: boolean; code?: string };

/** Every mutating entry point, called on organisation A's objects. */
const MUTATIONS: Record<string, (ids: Ids) => Promise<Outcome>> = {
  renameOrganizationAction: (ids) => orgActions.renameOrganizationAction({ orgId: ids.orgA, name: "Hijacked" }).then(fromAction),
  createInvitationAction: (ids) => orgActions.createInvitationAction({ orgId: ids.orgA, role: "owner" }).then(fromAction),
  changeMemberRoleAction: (ids) => orgActions.changeMemberRoleAction({ orgId: ids.orgA, userId: ids.ownerA, role: "viewer" }).then(fromAction),
  revokeInvitationAction: (ids) => orgActions.revokeInvitationAction({ invitationId: ids.invitationA }).then(fromAction),
  removeMemberAction: (ids) => orgActions.removeMemberAction({ orgId: ids.orgA, userId: ids.ownerA }).then(fromAction),
  createChartAction: (ids) => chartActions.createChartAction({ orgId: ids.orgA, name: "Intruder chart" }).then(fromAction),
  renameChartAction: (ids) => chartActions.renameChartAction({ chartId: ids.chartA, name: "Hijacked" }).then(fromAction),
  duplicateChartAction: (ids) => chartActions.duplicateChartAction({ chartId: ids.chartA, name: "Stolen copy" }).then(fromAction),
  deleteChartAction: (ids) => chartActions.deleteChartAction({ chartId: ids.chartA }).then(fromAction),
  restoreChartAction: (ids) => chartActions.restoreChartAction({ chartId: ids.chartA }).then(fromAction),
  acknowledgeFindingAction: (ids) =>
    acknowledgementActions
      .acknowledgeFindingAction({ chartId: ids.chartA, finding: { rule: "missing-role", duty: null, nodes: [], role: "CIO" }, reason: "Hijacked" })
      .then(fromAction),
  // Reopens the acknowledgement seeded with the chart: a refusal must leave it in place.
  reopenFindingAction: (ids) =>
    acknowledgementActions.reopenFindingAction({ chartId: ids.chartA, finding: { rule: "missing-role", duty: null, nodes: [], role: "CTO" } }).then(fromAction),
  importChartAction: (ids) =>
    importActions
      .importChartAction({ orgId: ids.orgA, fileName: "staff.csv", bytes: new TextEncoder().encode("Name,Title\nAda,CEO\n"), options: {} })
      .then(fromAction),
  "POST /api/charts/[chartId]/ops": async (ids) => {
    const body = { clientId: "matrix-client", seq: 1, baseVersion: 0, ops: [{ type: "updateNode", id: "ceo", patch: { title: "Hijacked" } }] };
    const response = await opsRoute.POST(jsonPost(body), {
      params: Promise.resolve({ chartId: ids.chartA }),
    });
    return fromResponse(response);
  },
  startProposalAction: (ids) => proposalActions.startProposalAction({ chartId: ids.chartA, name: "Intruder's idea", private: false }).then(fromAction),
  // Merging writes the origin: a viewer of both the proposal and its chart is refused.
  mergeProposalAction: (ids) => proposalActions.mergeProposalAction({ chartId: ids.proposalA }).then(fromAction),
  discardProposalAction: (ids) => proposalActions.discardProposalAction({ chartId: ids.proposalA }).then(fromAction),
  saveVersionAction: (ids) => versionActions.saveVersionAction({ chartId: ids.chartA, name: "Stolen snapshot" }).then(fromAction),
  // Moves every participant's view: presence is stored nowhere, but it is an act on the chart.
  "POST /api/charts/[chartId]/presence (bring everyone to me)": async (ids) => {
    const body = { clientId: "matrix-client", view: { x: 0, y: 0, width: 800, height: 600 }, summon: true };
    return fromResponse(await presenceRoute.POST(jsonPost(body), { params: Promise.resolve({ chartId: ids.chartA }) }));
  },
};

/** Entry points that only read a chart: a viewer may, a stranger learns nothing, signed out is refused. */
const READS: Record<string, (ids: Ids) => Promise<Outcome>> = {
  listVersionsAction: (ids) => versionActions.listVersionsAction({ chartId: ids.chartA }).then(fromAction),
  readVersionAction: (ids) => versionActions.readVersionAction({ chartId: ids.chartA, versionId: ids.versionA }).then(fromAction),
  listActivityAction: (ids) => versionActions.listActivityAction({ chartId: ids.chartA }).then(fromAction),
  listAcknowledgementsAction: (ids) => acknowledgementActions.listAcknowledgementsAction({ chartId: ids.chartA }).then(fromAction),
  readProposalAction: (ids) => proposalActions.readProposalAction({ chartId: ids.proposalA }).then(fromAction),
  listCommentsAction: (ids) => commentActions.listCommentsAction({ chartId: ids.chartA }).then(fromAction),
};

/**
 * Taking part in the discussion: viewers may (the workshop participant's role), a stranger learns
 * nothing, signed out is refused, and a refusal changes nothing.
 */
const PARTICIPATION: Record<string, (ids: Ids) => Promise<Outcome>> = {
  addCommentAction: (ids) => commentActions.addCommentAction({ chartId: ids.chartA, target: { kind: "node", nodeId: "ceo" }, body: "A viewer's question" }).then(fromAction),
  resolveThreadAction: (ids) => commentActions.resolveThreadAction({ chartId: ids.chartA, threadId: ids.threadA, resolved: true }).then(fromAction),
};

/** Changing a comment: its author only (and an owner may delete). Called on ownerA's comment. */
const AUTHOR_ONLY: Record<string, (ids: Ids) => Promise<Outcome>> = {
  editCommentAction: (ids) => commentActions.editCommentAction({ chartId: ids.chartA, commentId: ids.commentA, body: "Hijacked" }).then(fromAction),
  deleteCommentAction: (ids) => commentActions.deleteCommentAction({ chartId: ids.chartA, commentId: ids.commentA }).then(fromAction),
};

/** Entry points that are not listed above, and why. */
const NOT_OBJECT_SCOPED: Record<string, string> = {
  createOrganizationAction: "creates a new organisation owned by the caller; touches no existing object",
  acceptInvitationAction: "the secret token is the capability; tested separately below",
  signUpAction: "public by design: creates an account",
  setLanguageAction: "changes only the caller's own preference",
  signOutEverywhereAction: "ends only the caller's own sessions",
  changePasswordAction: "changes only the caller's own password, after checking the current one",
  deleteAccountAction: "deletes only the caller's own account, after checking the password",
};

function jsonPost(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://test/api", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", host: "test", ...headers } });
}

function fromAction(result: { ok: boolean; error?: { code: string } }): Outcome {
  return { ok: result.ok, code: result.error?.code };
}
async function fromResponse(response: Response): Promise<Outcome> {
  if (response.ok) return { ok: true };
  const json = (await response.json()) as { error: { code: string } };
  return { ok: false, code: json.error.code };
}

const users: Record<"ownerA" | "viewerA" | "editorA" | "ownerB", { userId: string; name: string; email: string }> = {} as never;
let ids: Ids;

beforeAll(async () => {
  t = await createTestDatabase();
  for (const key of ["ownerA", "viewerA", "editorA", "ownerB"] as const) {
    const user = await createUser(t.db, { email: `${key}@example.test`, name: key, password: "long enough password" });
    users[key] = { userId: user.id, name: user.name, email: user.email };
  }
  const orgA = await createOrganization(t.db, users.ownerA, "Org A");
  await createOrganization(t.db, users.ownerB, "Org B");
  await t.db.membership.create({ data: { orgId: orgA.id, userId: users.viewerA.userId, role: "viewer" } });
  await t.db.membership.create({ data: { orgId: orgA.id, userId: users.editorA.userId, role: "editor" } });
  const chart = await createChart(t.db, users.ownerA, orgA.id, {
    name: "A's chart",
    nodes: [{ id: "ceo", title: "CEO", person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] }],
    edges: [],
  }, [{ rule: "missing-role", duty: null, nodes: [], role: "CTO", reason: "We hire one in spring", by: "ownerA", at: "2026-11-29T10:00:00Z" }]);
  await createInvitation(t.db, users.ownerA, orgA.id, "editor");
  const invitation = await t.db.invitation.findFirstOrThrow({ where: { orgId: orgA.id } });
  const { saveChartVersion } = await import("@/lib/server/data/chart-versions");
  const version = await saveChartVersion(t.db, users.ownerA, chart.id, "as-is");
  const { addComment } = await import("@/lib/server/data/chart-comments");
  const { startProposal } = await import("@/lib/server/data/proposals");
  const [thread] = await addComment(t.db, users.ownerA, chart.id, { kind: "node", nodeId: "ceo" }, "The owner's comment");
  ids = {
    orgA: orgA.id, chartA: chart.id, ownerA: users.ownerA.userId, invitationA: invitation.id, versionA: version.id,
    threadA: thread!.id, commentA: thread!.comments[0]!.id,
    proposalA: (await startProposal(t.db, users.editorA, chart.id, "What if", false)).id,
  };
});
afterAll(async () => t?.drop());

describe("authorization matrix", () => {
  it("lists every exported server action either as a mutation under test or with a reason", () => {
    const exported = [
      ...Object.keys(chartActions),
      ...Object.keys(orgActions),
      ...Object.keys(accountActions),
      ...Object.keys(importActions),
      ...Object.keys(acknowledgementActions),
      ...Object.keys(versionActions),
      ...Object.keys(commentActions),
      ...Object.keys(proposalActions),
    ];
    const covered = new Set([...Object.keys(MUTATIONS), ...Object.keys(READS), ...Object.keys(PARTICIPATION), ...Object.keys(AUTHOR_ONLY), ...Object.keys(NOT_OBJECT_SCOPED)]);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const [name, call] of Object.entries(MUTATIONS)) {
    it(`${name}: a member of another organisation gets "not found" and nothing changes`, async () => {
      signedIn = users.ownerB;
      const before = await t.snapshot();
      expect(await call(ids)).toEqual({ ok: false, code: "not-found" });
      expect(await t.snapshot()).toBe(before);
    });

    it(`${name}: a viewer is refused and nothing changes`, async () => {
      signedIn = users.viewerA;
      const before = await t.snapshot();
      expect(await call(ids)).toEqual({ ok: false, code: "forbidden" });
      expect(await t.snapshot()).toBe(before);
    });

    it(`${name}: a signed-out request is refused and nothing changes`, async () => {
      signedIn = null;
      const before = await t.snapshot();
      expect(await call(ids)).toEqual({ ok: false, code: "unauthenticated" });
      expect(await t.snapshot()).toBe(before);
    });
  }

  for (const [name, call] of Object.entries(READS)) {
    it(`${name}: a viewer may read, a member of another organisation gets "not found", signed out is refused`, async () => {
      signedIn = users.viewerA;
      expect(await call(ids)).toEqual({ ok: true, code: undefined });
      signedIn = users.ownerB;
      expect(await call(ids)).toEqual({ ok: false, code: "not-found" });
      signedIn = null;
      expect(await call(ids)).toEqual({ ok: false, code: "unauthenticated" });
    });
  }

  for (const [name, call] of Object.entries({ ...PARTICIPATION, ...AUTHOR_ONLY })) {
    it(`${name}: a member of another organisation gets "not found", signed out is refused, and nothing changes`, async () => {
      for (const [who, code] of [[users.ownerB, "not-found"], [null, "unauthenticated"]] as const) {
        signedIn = who;
        const before = await t.snapshot();
        expect(await call(ids)).toEqual({ ok: false, code });
        expect(await t.snapshot()).toBe(before);
      }
    });
  }

  for (const [name, call] of Object.entries(AUTHOR_ONLY)) {
    it(`${name}: a member who is not the author (a viewer, an editor) is refused and nothing changes`, async () => {
      for (const who of [users.viewerA, users.editorA]) {
        signedIn = who;
        const before = await t.snapshot();
        expect(await call(ids)).toEqual({ ok: false, code: "forbidden" });
        expect(await t.snapshot()).toBe(before);
      }
    });
  }

  it("a viewer comments and resolves a thread; an owner may delete anyone's comment", async () => {
    signedIn = users.viewerA;
    expect(await PARTICIPATION.addCommentAction!(ids)).toEqual({ ok: true, code: undefined });
    expect(await PARTICIPATION.resolveThreadAction!(ids)).toEqual({ ok: true, code: undefined });
    const mine = await commentActions.listCommentsAction({ chartId: ids.chartA });
    const viewersComment = mine.ok ? mine.data[0]!.comments.find((comment) => comment.author === "viewerA")! : null;
    signedIn = users.ownerA;
    expect(await commentActions.deleteCommentAction({ chartId: ids.chartA, commentId: viewersComment!.id }).then(fromAction)).toEqual({ ok: true, code: undefined });
  });

  it("an empty or oversized comment is refused, naming the field, and nothing changes", async () => {
    signedIn = users.viewerA;
    const before = await t.snapshot();
    const empty = await commentActions.addCommentAction({ chartId: ids.chartA, target: { kind: "node", nodeId: "ceo" }, body: "   " });
    expect(empty).toMatchObject({ ok: false, error: { code: "invalid", message: "body: write something first" } });
    const long = await commentActions.addCommentAction({ chartId: ids.chartA, target: { kind: "node", nodeId: "ceo" }, body: "x".repeat(2001) });
    expect(long).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await t.snapshot()).toBe(before);
  });

  it("a version is read only through its own chart", async () => {
    signedIn = users.ownerB;
    const [otherOrg] = await t.db.organization.findMany({ where: { memberships: { some: { userId: users.ownerB.userId } } } });
    const theirs = await chartActions.createChartAction({ orgId: otherOrg!.id, name: "B's chart" });
    expect(theirs.ok).toBe(true);
    const chartB = theirs.ok ? (theirs.data as { id: string }).id : "";
    expect(await versionActions.readVersionAction({ chartId: chartB, versionId: ids.versionA }).then(fromAction)).toEqual({ ok: false, code: "not-found" });
  });

  it("owner-only actions are refused to editors", async () => {
    signedIn = users.editorA;
    for (const name of ["renameOrganizationAction", "createInvitationAction", "changeMemberRoleAction", "revokeInvitationAction", "removeMemberAction"]) {
      const before = await t.snapshot();
      expect(await MUTATIONS[name]!(ids)).toEqual({ ok: false, code: "forbidden" });
      expect(await t.snapshot()).toBe(before);
    }
  });

  it("editors and owners may edit charts", async () => {
    signedIn = users.editorA;
    expect(await chartActions.renameChartAction({ chartId: ids.chartA, name: "Edited by editor" })).toMatchObject({ ok: true });
  });

  it("editors acknowledge and reopen findings; the acknowledgement names them", async () => {
    signedIn = users.editorA;
    const finding = { rule: "missing-role" as const, duty: null, nodes: [], role: "CIO" as const };
    const acknowledged = await acknowledgementActions.acknowledgeFindingAction({ chartId: ids.chartA, finding, reason: "  Interim: the CFO  " });
    expect(acknowledged.ok && acknowledged.data.find((entry) => entry.role === "CIO")).toMatchObject({ reason: "Interim: the CFO", by: "editorA" });
    const reopened = await acknowledgementActions.reopenFindingAction({ chartId: ids.chartA, finding });
    expect(reopened.ok && reopened.data.map((entry) => entry.role)).toEqual(["CTO"]);
  });

  it("an acknowledgement without a reason is refused, naming the field, and nothing changes", async () => {
    signedIn = users.ownerA;
    const before = await t.snapshot();
    const result = await acknowledgementActions.acknowledgeFindingAction({ chartId: ids.chartA, finding: { rule: "gap", duty: "cio.it-operations", nodes: [] }, reason: "   " });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid", message: "reason: say why the team keeps it so" } });
    expect(await t.snapshot()).toBe(before);
  });

  it("the live stream: another organisation gets 'not found', signed out is refused, a viewer may watch", async () => {
    const open = (chartId = ids.chartA) => {
      const controller = new AbortController();
      const response = eventsRoute.GET(new Request("http://test/api?since=0", { signal: controller.signal }), { params: Promise.resolve({ chartId }) });
      return { response, controller };
    };
    signedIn = users.ownerB;
    expect((await open().response).status).toBe(404);
    signedIn = null;
    expect((await open().response).status).toBe(401);
    signedIn = users.viewerA;
    const { response, controller } = open();
    const stream = await response;
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(stream.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(stream.headers.get("x-accel-buffering")).toBe("no");
    const reader = stream.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain("retry:");
    controller.abort();
  });

  it("presence: a viewer may say what they look at, a stranger gets 'not found', cross-site and oversized posts are refused", async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      presenceRoute.POST(jsonPost(body, headers), { params: Promise.resolve({ chartId: ids.chartA }) });
    const look = { clientId: "matrix-viewer", selection: ["ceo"], cursor: { x: 10, y: 20 } };
    signedIn = users.viewerA;
    expect((await post(look)).status).toBe(204);
    expect((await post(look, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ ...look, selection: Array.from({ length: 500 }, (_, i) => `n${i}`) })).status).toBe(400);
    signedIn = users.ownerB;
    expect((await post(look)).status).toBe(404);
    signedIn = users.editorA;
    expect((await post({ ...look, view: { x: 0, y: 0, width: 800, height: 600 }, summon: true })).status).toBe(204);
  });

  it("reading someone else's chart is 'not found'", async () => {
    signedIn = users.ownerB;
    const response = await chartRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ chartId: ids.chartA }) });
    expect(response.status).toBe(404);
  });

  it("exports: a stranger gets 'not found' for every format, a viewer may download, a signed-out request is refused", async () => {
    const get = (format: string) =>
      exportRoute.GET(new Request(`http://test/api/charts/${ids.chartA}/export?format=${format}`), { params: Promise.resolve({ chartId: ids.chartA }) });
    signedIn = users.ownerB;
    for (const format of exportFormats) expect((await get(format)).status).toBe(404);
    signedIn = null;
    expect((await get("json")).status).toBe(401);
    signedIn = users.viewerA;
    const response = await get("json");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { format: string }).format).toBe("orgchart/v1");
    expect((await get("exe")).status).toBe(400);
  });

  it("an organisation's archive is for its owners: others get 'not found' or 'forbidden', signed-out 401", async () => {
    const get = () => archiveRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ orgId: ids.orgA }) });
    signedIn = users.ownerB;
    expect((await get()).status).toBe(404);
    signedIn = users.editorA;
    expect((await get()).status).toBe(403);
    signedIn = users.viewerA;
    expect((await get()).status).toBe(403);
    signedIn = null;
    expect((await get()).status).toBe(401);
    signedIn = users.ownerA;
    expect((await get()).status).toBe(200);
  });

  it("the ops route refuses cross-site, non-JSON, oversized and malformed requests before touching anything", async () => {
    signedIn = users.ownerA;
    const before = await t.snapshot();
    const body = { clientId: "matrix-client", seq: 1, baseVersion: 0, ops: [{ type: "updateNode", id: "ceo", patch: { title: "x" } }] };
    const call = (request: Request, chartId = ids.chartA) => opsRoute.POST(request, { params: Promise.resolve({ chartId }) });
    expect((await call(jsonPost(body, { origin: "https://evil.example" }))).status).toBe(403);
    expect((await call(new Request("http://test/api", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "text/plain" } }))).status).toBe(415);
    expect((await call(jsonPost(body, { "content-length": String(50 * 1024 * 1024) }))).status).toBe(413);
    expect((await call(jsonPost({ baseVersion: "zero", ops: [] }))).status).toBe(400);
    expect((await call(jsonPost(body), "../../etc/passwd")).status).toBe(404);
    expect(await t.snapshot()).toBe(before);
  });

  it("invalid input is refused with a message naming the field, and nothing changes", async () => {
    signedIn = users.ownerA;
    const before = await t.snapshot();
    const result = await chartActions.renameChartAction({ chartId: ids.chartA, name: "x".repeat(500) });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid" } });
    if (!result.ok) expect(result.error.message).toMatch(/^name: /);
    // PostgreSQL cannot store a NUL character: refused as input, never a database error.
    for (const call of [
      () => chartActions.renameChartAction({ chartId: ids.chartA, name: "\u0000" }),
      () => chartActions.createChartAction({ orgId: ids.orgA, name: "A\u0000B" }),
      () => commentActions.addCommentAction({ chartId: ids.chartA, target: { kind: "node", nodeId: "ceo" }, body: "\u0000" }),
    ]) {
      const refused = await call();
      expect(refused).toMatchObject({ ok: false, error: { code: "invalid" } });
    }
    expect(await t.snapshot()).toBe(before);
  });

  it("an invitation link joins with its role, once, and a bad token joins nothing", async () => {
    const { token } = await createInvitation(t.db, users.ownerA, ids.orgA, "viewer");
    signedIn = users.ownerB;
    const before = await t.snapshot();
    expect(await orgActions.acceptInvitationAction({ token: "not-a-real-token-at-all" })).toMatchObject({ ok: false, error: { code: "not-found" } });
    expect(await t.snapshot()).toBe(before);
    expect(await orgActions.acceptInvitationAction({ token })).toMatchObject({ ok: true, data: { role: "viewer" } });
    expect(await t.db.membership.count({ where: { orgId: ids.orgA, userId: users.ownerB.userId } })).toBe(1);
  });
});
