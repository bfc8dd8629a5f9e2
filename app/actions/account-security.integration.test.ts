/**
 * Issue 10's account promises through the server actions: password policy and change, sign-up and
 * invitation limits, member removal taking effect on the next request, the audit log, deleting an
 * account. The session is stood in for; everything below it (data layer, database) is real.
 */
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/server/testing/test-database";

let t: TestDatabase;
let signedIn: { userId: string; name: string; email: string } | null = null;
let address = "192.0.2.10";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
  headers: async () => new Headers({ "x-forwarded-for": address, "user-agent": "vitest" }),
}));
vi.mock("@/lib/server/db", () => ({ db: () => t.db }));
vi.mock("@/lib/server/password", () => ({
  hashPassword: async (password: string) => `plain:${password}`,
  verifyPassword: async (password: string, hash: string) => hash === `plain:${password}`,
  DUMMY_HASH: "plain:\u0000",
}));
vi.mock("@/lib/server/session", async () =>
  (await import("@/lib/server/testing/session-mock")).sessionMock(() => signedIn && { ...signedIn, origin: { address, userAgent: "vitest" } }),
);

const accountActions = await import("./account");
const orgActions = await import("./organizations");
const chartActions = await import("./charts");
const chartRoute = await import("@/app/api/charts/[chartId]/route");
const { authOptions } = await import("@/lib/server/auth-options");
const { createUser } = await import("@/lib/server/data/users");
const { createOrganization, createInvitation } = await import("@/lib/server/data/organizations");
const { createChart } = await import("@/lib/server/data/charts");
const { listAuditEvents, recordAudit } = await import("@/lib/server/data/audit");
const { LIMIT_RULES } = await import("@/lib/security/attempt-limits");
const archiveRoute = await import("@/app/api/orgs/[orgId]/archive/route");
const { parseOrgchart } = await import("@/lib/io/parse-orgchart");
const { applyChartBatch } = await import("@/lib/server/data/apply-chart-batch");

type JwtCallback = (params: { token: JWT; user?: unknown }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;
const PASSWORD = "a long enough password";

async function user(key: string) {
  const created = await createUser(t.db, { email: `${key}@example.test`, name: key, password: PASSWORD });
  return { userId: created.id, name: created.name, email: created.email };
}
const emptyChart = { nodes: [], edges: [] };

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe("password policy", () => {
  it("sign-up refuses a common password with a message in the user's language, and creates nothing", async () => {
    const before = await t.snapshot();
    const en = await accountActions.signUpAction({ name: "A", email: "a@example.test", password: "Password123" });
    expect(en).toMatchObject({ ok: false, error: { code: "invalid", message: expect.stringMatching(/most common/) } });
    const it = await accountActions.signUpAction({ name: "A", email: "a@example.test", password: "qwertyuiop", locale: "it" });
    expect(it).toMatchObject({ ok: false, error: { message: expect.stringMatching(/più comuni/) } });
    const short = await accountActions.signUpAction({ name: "A", email: "a@example.test", password: "short" });
    expect(short).toMatchObject({ ok: false, error: { message: "Use at least 8 characters." } });
    const long = await accountActions.signUpAction({ name: "A", email: "a@example.test", password: "x".repeat(129) });
    expect(long).toMatchObject({ ok: false, error: { message: "Use at most 128 characters." } });
    expect(await t.snapshot()).toBe(before);
    expect(await accountActions.signUpAction({ name: "A", email: "a@example.test", password: "tutto minuscolo senza numeri" })).toMatchObject({ ok: true });
  });

  it("changing the password checks the current one, applies the policy and signs out every other session", async () => {
    signedIn = await user("changer");
    const token = await jwt({ token: { sub: signedIn.userId }, user: { id: signedIn.userId, sessionVersion: 0 } });
    const before = await t.snapshot();
    expect(await accountActions.changePasswordAction({ currentPassword: "wrong one", newPassword: "another long password" })).toMatchObject({
      ok: false,
      error: { message: "The current password is not correct." },
    });
    expect(await accountActions.changePasswordAction({ currentPassword: PASSWORD, newPassword: "iloveyou" })).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await t.snapshot()).toBe(before);
    expect(await jwt({ token: { ...token } })).toMatchObject({ sub: signedIn.userId });

    expect(await accountActions.changePasswordAction({ currentPassword: PASSWORD, newPassword: "another long password" })).toMatchObject({ ok: true });
    expect(await jwt({ token: { ...token } })).toEqual({ revoked: true });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: signedIn.userId } });
    expect(stored.passwordHash).toBe("plain:another long password");
    expect(await t.db.auditEvent.count({ where: { action: "password.changed", subjectId: signedIn.userId } })).toBe(1);
  });
});

describe("sign-up and invitation limits", () => {
  it("stops sign-ups from one address after the hourly allowance, with a wait in the message", async () => {
    address = "198.51.100.200";
    for (let i = 0; i < LIMIT_RULES.signup.free; i++) {
      expect(await accountActions.signUpAction({ name: "S", email: `signup-${i}@example.test`, password: PASSWORD })).toMatchObject({ ok: true });
    }
    const before = await t.snapshot();
    const refused = await accountActions.signUpAction({ name: "S", email: "signup-x@example.test", password: PASSWORD });
    expect(refused).toMatchObject({ ok: false, error: { code: "rate-limited", message: expect.stringMatching(/Try again in \d+ min/) } });
    expect(await t.snapshot()).toBe(before);
    address = "198.51.100.201";
    expect(await accountActions.signUpAction({ name: "S", email: "signup-x@example.test", password: PASSWORD })).toMatchObject({ ok: true });
  });

  it("stops a user trying invitation tokens after 10 bad ones, even for a real token", async () => {
    const owner = await user("inviter");
    const org = await createOrganization(t.db, owner, "Invited org");
    const { token } = await createInvitation(t.db, owner, org.id, "viewer");
    signedIn = await user("guesser");
    for (let i = 0; i < LIMIT_RULES.invite.free; i++) {
      expect(await orgActions.acceptInvitationAction({ token: `guess-${i}-aaaaaaaaaaaaaaaa` })).toMatchObject({ ok: false, error: { code: "not-found" } });
    }
    expect(await orgActions.acceptInvitationAction({ token })).toMatchObject({ ok: false, error: { code: "rate-limited" } });
    expect(await t.db.membership.count({ where: { orgId: org.id, userId: signedIn.userId } })).toBe(0);
  });
});

describe("removing a member", () => {
  it("takes effect on their next request, is audited, and never removes the last owner", async () => {
    const owner = await user("remover");
    const member = await user("removed");
    const org = await createOrganization(t.db, owner, "Removal org");
    await t.db.membership.create({ data: { orgId: org.id, userId: member.userId, role: "editor" } });
    const chart = await createChart(t.db, owner, org.id, { name: "Kept", ...emptyChart });
    const read = () => chartRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ chartId: chart.id }) });

    signedIn = member;
    expect((await read()).status).toBe(200);
    signedIn = owner;
    expect(await orgActions.removeMemberAction({ orgId: org.id, userId: member.userId })).toMatchObject({ ok: true });
    signedIn = member;
    expect((await read()).status).toBe(404);
    expect(await chartActions.renameChartAction({ chartId: chart.id, name: "After removal" })).toMatchObject({ ok: false, error: { code: "not-found" } });

    signedIn = owner;
    expect(await orgActions.removeMemberAction({ orgId: org.id, userId: owner.userId })).toMatchObject({ ok: false, error: { message: /at least one owner/ } });
    const [entry] = await listAuditEvents(t.db, owner, org.id);
    expect(entry).toMatchObject({ action: "member.removed", actorEmail: owner.email, subjectEmail: member.email, address });
  });

  it("lets a member leave on their own", async () => {
    const owner = await user("stays");
    const leaver = await user("leaves");
    const org = await createOrganization(t.db, owner, "Leaving org");
    await t.db.membership.create({ data: { orgId: org.id, userId: leaver.userId, role: "viewer" } });
    signedIn = leaver;
    expect(await orgActions.removeMemberAction({ orgId: org.id, userId: leaver.userId })).toMatchObject({ ok: true });
    expect(await t.db.membership.count({ where: { orgId: org.id } })).toBe(1);
  });
});

describe("audit log", () => {
  it("records membership, role, invitation and chart events with who, when and from where, for owners only", async () => {
    const owner = await user("auditor");
    const editor = await user("audited");
    const outsider = await user("outsider");
    const org = await createOrganization(t.db, owner, "Audited org");
    signedIn = owner;
    address = "203.0.113.50";
    const created = await orgActions.createInvitationAction({ orgId: org.id, role: "editor" });
    if (!created.ok) throw new Error(created.error.message);
    signedIn = editor;
    expect(await orgActions.acceptInvitationAction({ token: created.data.token })).toMatchObject({ ok: true });
    signedIn = owner;
    expect(await orgActions.changeMemberRoleAction({ orgId: org.id, userId: editor.userId, role: "viewer" })).toMatchObject({ ok: true });
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { orgId: org.id } });
    expect(await orgActions.revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: true });
    const chart = await createChart(t.db, owner, org.id, { name: "Doomed chart", ...emptyChart });
    expect(await chartActions.deleteChartAction({ chartId: chart.id })).toMatchObject({ ok: true });
    expect(await chartActions.restoreChartAction({ chartId: chart.id })).toMatchObject({ ok: true });
    // A failed sign-in to a member's account shows up; one to a stranger's account does not.
    await recordAudit(t.db, { action: "signin.failed", subject: { id: editor.userId, email: editor.email }, origin: { address: "6.6.6.6", userAgent: null } });
    await recordAudit(t.db, { action: "signin.failed", subject: { id: outsider.userId, email: outsider.email }, origin: { address: "6.6.6.6", userAgent: null } });

    const log = await listAuditEvents(t.db, owner, org.id);
    expect(log.map((e) => e.action)).toEqual(["signin.failed", "chart.restored", "chart.deleted", "invitation.revoked", "member.role", "member.joined", "invitation.created"]);
    expect(log[0]).toMatchObject({ subjectEmail: editor.email, address: "6.6.6.6" });
    expect(log[1]).toMatchObject({ actorEmail: owner.email, detail: { chart: "Doomed chart" }, address: "203.0.113.50" });
    expect(log[2]).toMatchObject({ actorEmail: owner.email, detail: { chart: "Doomed chart" }, address: "203.0.113.50", userAgent: "vitest" });
    expect(log[4]).toMatchObject({ subjectEmail: editor.email, detail: { from: "editor", role: "viewer" } });
    expect(log.every((e) => e.createdAt instanceof Date)).toBe(true);

    await expect(listAuditEvents(t.db, editor, org.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditEvents(t.db, outsider, org.id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("cannot be edited, even by a direct update", async () => {
    const owner = await user("tamperer");
    const org = await createOrganization(t.db, owner, "Tamper org");
    await recordAudit(t.db, { action: "member.removed", orgId: org.id, actor: { id: owner.userId, email: owner.email } });
    const entry = await t.db.auditEvent.findFirstOrThrow({ where: { orgId: org.id } });
    await t.db.auditEvent.update({ where: { id: entry.id }, data: { action: "nothing.happened" } }).catch(() => undefined);
    expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("member.removed");
  });
});

describe("deleting one's account", () => {
  it("needs the password, deletes organisations it alone owns, keeps shared ones, and ends its sessions", async () => {
    const leaving = await user("deleter");
    const partner = await user("partner");
    const alone = await createOrganization(t.db, leaving, "Only mine");
    const shared = await createOrganization(t.db, leaving, "Shared");
    await t.db.membership.create({ data: { orgId: shared.id, userId: partner.userId, role: "owner" } });
    const sharedChart = await createChart(t.db, leaving, shared.id, { name: "Stays", ...emptyChart });
    const token = await jwt({ token: { sub: leaving.userId }, user: { id: leaving.userId, sessionVersion: 0 } });
    signedIn = leaving;

    const before = await t.snapshot();
    expect(await accountActions.deleteAccountAction({ password: "not my password" })).toMatchObject({ ok: false, error: { code: "invalid" } });
    expect(await t.snapshot()).toBe(before);

    expect(await accountActions.deleteAccountAction({ password: PASSWORD })).toMatchObject({ ok: true });
    expect(await t.db.user.count({ where: { id: leaving.userId } })).toBe(0);
    expect(await t.db.organization.count({ where: { id: alone.id } })).toBe(0);
    expect(await t.db.chart.count({ where: { id: sharedChart.id } })).toBe(1);
    expect(await jwt({ token: { ...token } })).toEqual({ revoked: true });
    expect(await listAuditEvents(t.db, partner, shared.id)).toEqual([expect.objectContaining({ action: "account.deleted", subjectEmail: leaving.email })]);
  });
});

describe("organisation archive", () => {
  it("holds every chart as orgchart/v1 (re-importable), the members, invitations, the change log and the named versions", async () => {
    const owner = await user("archivist");
    const viewer = await user("archived-viewer");
    const org = await createOrganization(t.db, owner, "Archivio Srl");
    await t.db.membership.create({ data: { orgId: org.id, userId: viewer.userId, role: "viewer" } });
    await createInvitation(t.db, owner, org.id, "editor");
    const node = { id: "ceo", title: "CEO", person: "Anna", role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] };
    const chart = await createChart(t.db, owner, org.id, { name: "Organigramma", nodes: [node], edges: [] });
    const { saveChartVersion } = await import("@/lib/server/data/chart-versions");
    await saveChartVersion(t.db, owner, chart.id, "as-is");
    await applyChartBatch(t.db, owner, chart.id, { ops: [{ type: "updateNode", id: "ceo", patch: { title: "Amministratore delegato" } }] });
    await createChart(t.db, owner, org.id, { name: "Empty", ...emptyChart });

    signedIn = owner;
    const response = await archiveRoute.GET(new Request("http://test/api"), { params: Promise.resolve({ orgId: org.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="orgplan-archivio-srl-\d{4}-\d{2}-\d{2}\.json"/);
    const archive = await response.json();
    expect(archive).toMatchObject({ format: "orgplan-archive/v1", organization: { name: "Archivio Srl" } });
    expect(archive.members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([[owner.email, "owner"], [viewer.email, "viewer"]]);
    expect(archive.invitations).toEqual([expect.objectContaining({ role: "editor", createdBy: owner.email, uses: 0 })]);
    expect(archive.charts).toHaveLength(2);
    const [first] = archive.charts;
    expect(first.version).toBe(1);
    expect(first.changes).toEqual([expect.objectContaining({ version: 1, by: owner.email, ops: [expect.objectContaining({ type: "updateNode" })] })]);
    const reparsed = parseOrgchart(first.orgchart);
    expect(reparsed.ok && reparsed.chart.nodes[0]?.title).toBe("Amministratore delegato");
    expect(first.versions).toEqual([expect.objectContaining({ name: "as-is", version: 0, by: owner.email })]);
    const asIs = parseOrgchart(first.versions[0].orgchart);
    expect(asIs.ok && asIs.chart.nodes[0]?.title).toBe("CEO");
  });
});
