import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { acceptInvitation, changeMemberRole, createInvitation, createOrganization, describeInvitation, getOrganization, listMyOrganizations } from "./organizations";
import { authenticate, createUser } from "./users";

let t: TestDatabase;
const actor = (userId: string) => ({ userId });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe(`organisations and accounts on ${process.env.ORGPLAN_TEST_DB ?? "sqlite"}`, () => {
  it("stores a bcrypt hash, never the password, and authenticates case-insensitively by email", async () => {
    const user = await createUser(t.db, { email: "Ada@Example.test", name: "Ada", password: "a long password" });
    const row = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe("ada@example.test");
    expect(row.passwordHash).toMatch(/^\$2[aby]\$1[0-9]\$/);
    expect(row.passwordHash).not.toContain("a long password");
    expect(await authenticate(t.db, "ADA@example.test", "a long password")).toMatchObject({ id: user.id });
    expect(await authenticate(t.db, "ada@example.test", "wrong")).toBeNull();
    expect(await authenticate(t.db, "nobody@example.test", "a long password")).toBeNull();
  });

  it("refuses a second account with the same email, naming the problem", async () => {
    await createUser(t.db, { email: "dup@example.test", name: "A", password: "a long password" });
    await expect(createUser(t.db, { email: "DUP@example.test", name: "B", password: "a long password" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already exists/),
    });
  });

  it("the creator owns the organisation; an invitation adds a member with its role, never lowering an existing one", async () => {
    const owner = await createUser(t.db, { email: "o@example.test", name: "O", password: "a long password" });
    const guest = await createUser(t.db, { email: "g@example.test", name: "G", password: "a long password" });
    const org = await createOrganization(t.db, actor(owner.id), "Org");
    expect((await listMyOrganizations(t.db, actor(owner.id)))[0]).toMatchObject({ id: org.id, role: "owner" });

    const editorLink = await createInvitation(t.db, actor(owner.id), org.id, "editor");
    expect(await describeInvitation(t.db, editorLink.token)).toEqual({ orgName: "Org", role: "editor" });
    await acceptInvitation(t.db, actor(guest.id), editorLink.token);
    const viewerLink = await createInvitation(t.db, actor(owner.id), org.id, "viewer");
    expect(await acceptInvitation(t.db, actor(guest.id), viewerLink.token)).toMatchObject({ role: "editor" });
    expect((await getOrganization(t.db, actor(owner.id), org.id)).members.map((m) => m.role)).toEqual(["owner", "editor"]);
  });

  it("an expired or revoked link is unusable; the secret itself is not stored", async () => {
    const owner = await createUser(t.db, { email: "o2@example.test", name: "O", password: "a long password" });
    const org = await createOrganization(t.db, actor(owner.id), "Org 2");
    const link = await createInvitation(t.db, actor(owner.id), org.id, "viewer");
    expect(await t.db.invitation.count({ where: { tokenHash: link.token } })).toBe(0);
    await t.db.invitation.updateMany({ where: { orgId: org.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await describeInvitation(t.db, link.token)).toBeNull();
    const second = await createInvitation(t.db, actor(owner.id), org.id, "viewer");
    await t.db.invitation.updateMany({ where: { orgId: org.id, expiresAt: { gt: new Date() } }, data: { revokedAt: new Date() } });
    expect(await describeInvitation(t.db, second.token)).toBeNull();
  });

  it("the last owner cannot be demoted", async () => {
    const owner = await createUser(t.db, { email: "o3@example.test", name: "O", password: "a long password" });
    const org = await createOrganization(t.db, actor(owner.id), "Org 3");
    await expect(changeMemberRole(t.db, actor(owner.id), org.id, owner.id, "editor")).rejects.toMatchObject({ code: "invalid" });
    expect((await getOrganization(t.db, actor(owner.id), org.id)).role).toBe("owner");
  });
});
