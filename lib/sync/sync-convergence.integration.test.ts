import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganization } from "../server/data/organizations";
import { createUser } from "../server/data/users";
import { createTestDatabase, type TestDatabase } from "../server/testing/test-database";
import { runSyncFuzz } from "../server/testing/run-sync-fuzz";

/**
 * 2–6 simulated editors against the real server code and database: after every step the chart
 * is a forest with one manager at most; at the end every client equals the server, the server
 * equals a replay of its log, and every acknowledged batch is in the log exactly once.
 * Longer runs: `npm run bench -- sync`.
 */
const SEEDS = Number(process.env.ORGPLAN_FUZZ_SEEDS ?? 200);
const STEPS = 100;
/** Seeds that once failed, kept as regression tests. */
const PINNED: number[] = [];

let t: TestDatabase;
let actor: { userId: string; name: string };
let orgId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { email: "fuzz@example.test", name: "Fuzz", password: "long enough password" });
  // Named, as the routes' actor is: commits then go straight into the instance's tail of the log.
  actor = { userId: user.id, name: "Fuzz" };
  orgId = (await createOrganization(t.db, actor, "Fuzz")).id;
});
afterAll(async () => t?.drop());

describe(`live sync converges on ${process.env.ORGPLAN_TEST_DB ?? "sqlite"}`, () => {
  it(`${SEEDS} seeds × ${STEPS} steps`, async () => {
    // Durability is not under test here: without an fsync per commit the 200 runs fit in the suite.
    if (t.engine === "sqlite") await t.db.$queryRawUnsafe("PRAGMA synchronous = OFF");
    let versions = 0;
    let refused = 0;
    const seeds = [...PINNED, ...Array.from({ length: SEEDS }, (_, i) => 1000 + i)];
    for (const seed of seeds) {
      const report = await runSyncFuzz(t.db, actor, orgId, seed, { steps: STEPS });
      versions += report.versions;
      refused += report.refused;
    }
    // The runs did real work, including conflicts the server had to refuse.
    expect(versions).toBeGreaterThan(SEEDS * 10);
    expect(refused).toBeGreaterThan(0);
  }, 600_000);
});
