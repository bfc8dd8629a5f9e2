import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

vi.mock("server-only", () => ({}));
const { sessionTokenUser } = await import("./session-token-user");
const { createUser, revokeAllSessions } = await import("./data/users");

let t: TestDatabase;
let userId: string;
const secret = "a test secret that is long enough for next-auth";
const token = (claims: Record<string, unknown>, maxAge = 3600) => encode({ token: claims, secret, maxAge });

beforeAll(async () => {
  t = await createTestDatabase();
  userId = (await createUser(t.db, { email: "route@example.test", name: "Rita Route", password: "long enough password" })).id;
});
afterAll(async () => t?.drop());

describe("the route session check", () => {
  it("reads the user from a valid session token, with their current name", async () => {
    expect(await sessionTokenUser(t.db, await token({ sub: userId, sv: 0 }), secret)).toEqual({ userId, name: "Rita Route", email: "route@example.test" });
  });

  it("refuses a token of another secret, a tampered one, an expired one and a revoked one", async () => {
    const good = await token({ sub: userId, sv: 0 });
    expect(await sessionTokenUser(t.db, good, "another secret entirely, also long enough")).toBeNull();
    expect(await sessionTokenUser(t.db, `${good.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await sessionTokenUser(t.db, await token({ sub: userId, sv: 0 }, -10), secret)).toBeNull();
    expect(await sessionTokenUser(t.db, await token({ revoked: true }), secret)).toBeNull();
  });

  it("a remembered token stops working the moment the user signs out everywhere (checked in the database each time)", async () => {
    const remembered = await token({ sub: userId, sv: 0 });
    expect(await sessionTokenUser(t.db, remembered, secret)).not.toBeNull();
    await revokeAllSessions(t.db, { userId });
    expect(await sessionTokenUser(t.db, remembered, secret)).toBeNull();
    expect(await sessionTokenUser(t.db, await token({ sub: userId, sv: 1 }), secret)).not.toBeNull();
  });
});
