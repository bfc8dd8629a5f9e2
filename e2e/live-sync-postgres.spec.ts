import { test } from "@playwright/test";
import { startServer, type ServerProcess } from "../scripts/lib/server-process";
import { createScratchDatabase, type ScratchDatabase } from "../scripts/lib/scratch-database";
import { commentsFlow, presenceAndFollowFlow, twoEditorsFlow, viewerFlow } from "./live-sync-flows";

/**
 * The workshop flows across two app instances sharing one PostgreSQL database, as teams run
 * Orgplan when they outgrow one machine: the facilitator on one instance, the colleague on the
 * other. Edits, presence and follow cross between them through the database (LISTEN/NOTIFY).
 */
const base = Number(process.env.E2E_PORT ?? 3210);
let database: ScratchDatabase;
let first: ServerProcess;
let second: ServerProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  database = await createScratchDatabase("postgres", "e2e_instances");
  const env = { ORGPLAN_E2E_DATABASE_URL: database.url };
  // One after the other: the first migrates the new database and seeds the demo organisation.
  first = await startServer(base + 4, env);
  second = await startServer(base + 5, env);
});

test.afterAll(async () => {
  first?.stop();
  second?.stop();
  await database?.drop();
});

test.use({ baseURL: `http://localhost:${base + 4}` });

test("two instances on PostgreSQL: two editors see each other's edits, and simultaneous edits both stay", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await twoEditorsFlow(page, browser, second.baseUrl);
});

test("two instances on PostgreSQL: a viewer on the other instance watches live and cannot edit", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await viewerFlow(page, browser, second.baseUrl);
});

test("two instances on PostgreSQL: presence, follow and 'bring everyone here' cross instances", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await presenceAndFollowFlow(page, browser, second.baseUrl);
});

test("two instances on PostgreSQL: comments reach the other instance live", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await commentsFlow(page, browser, second.baseUrl);
});
