/**
 * Session revocation: next-auth's JWT sessions cannot be revoked on their own, so every request
 * re-reads the user's session version; "sign out of all devices" bumps it.
 */
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./testing/test-database";

let t: TestDatabase;
vi.mock("server-only", () => ({}));
vi.mock("./db", () => ({ db: () => t.db }));

const { authOptions } = await import("./auth-options");
const { createUser, revokeAllSessions } = await import("./data/users");

type JwtCallback = (params: { token: JWT; user?: unknown }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: (c: Record<string, string>) => Promise<unknown> } }).options.authorize;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe("sessions", () => {
  it("sign-in yields a token bound to the user's session version; sign out everywhere ends it", async () => {
    const user = await createUser(t.db, { email: "s@example.test", name: "S", password: "a long password" });
    const signedIn = await authorize({ email: "s@example.test", password: "a long password" });
    expect(signedIn).toMatchObject({ id: user.id, email: "s@example.test" });
    expect(signedIn).not.toHaveProperty("passwordHash");

    const token = await jwt({ token: { sub: user.id }, user: signedIn });
    const refreshed = await jwt({ token: { ...token } });
    expect(refreshed).toMatchObject({ sub: user.id, email: "s@example.test" });

    await revokeAllSessions(t.db, { userId: user.id });
    expect(await jwt({ token: { ...token } })).toEqual({ revoked: true });
    // A new sign-in works again, with the new version.
    const again = await jwt({ token: { sub: user.id }, user: await authorize({ email: "s@example.test", password: "a long password" }) });
    expect(await jwt({ token: { ...again } })).toMatchObject({ sub: user.id });
  });

  it("a wrong password or malformed input signs nobody in", async () => {
    await createUser(t.db, { email: "w@example.test", name: "W", password: "a long password" });
    expect(await authorize({ email: "w@example.test", password: "nope" })).toBeNull();
    expect(await authorize({ email: "not an email", password: "a long password" })).toBeNull();
  });
});
