import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngine, type TestDatabase } from "../../lib/server/testing/test-database";
import { checkSqliteSettings, enableWal } from "./sqlite-settings";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

// WAL and busy_timeout are SQLite settings: on PostgreSQL there is nothing to check.
describe.runIf(testEngine() === "sqlite")("SQLite settings checked at start-up", () => {
  it("refuses a database that is not in WAL mode", async () => {
    await expect(checkSqliteSettings(t.db)).rejects.toThrow(/not WAL/);
  });
  it("accepts it once WAL is on, with the app client's busy timeout", async () => {
    if (t.target.provider !== "sqlite") throw new Error("unreachable");
    enableWal(t.target.file);
    const fresh = t.reopen();
    expect(await checkSqliteSettings(fresh)).toEqual({ journalMode: "wal", busyTimeoutMs: 10_000 });
    await fresh.$disconnect();
  });
});
