/**
 * `npm test`: every test, in order of cost — typecheck, lint, unit, integration on SQLite and
 * PostgreSQL, and the Playwright e2e suite against a production build in real Chromium. It fetches
 * what a bare Debian machine lacks where it can, and never skips a suite silently: a missing
 * prerequisite it cannot obtain is a failure that says what to install.
 * The last line is `tests: N passed, N failed` over every test case run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/ensure-chromium";
import { ensurePostgres, redact } from "./lib/ensure-postgres";
import { ensureClients } from "./lib/prisma-cli";
import { bin, quietEnv, run, type Env } from "./lib/run";

const report = fs.mkdtempSync(path.join(os.tmpdir(), "orgplan-test-"));
const tally = { passed: 0, failed: 0 };
const failedSteps: string[] = [];

async function step(name: string, command: string, args: string[], env: Env = {}, count?: () => void) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const code = await run(command, args, { env: quietEnv(env) });
  count?.();
  console.log(`=== ${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) failedSteps.push(name);
}

/** Adds a vitest JSON report's counts; a suite that crashed before reporting counts as one failure. */
function countVitest(file: string) {
  return () => {
    if (!fs.existsSync(file)) return void (tally.failed += 1);
    const result = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
    tally.passed += result.numPassedTests;
    tally.failed += result.numFailedTests;
  };
}

function countPlaywright(file: string) {
  return () => {
    if (!fs.existsSync(file)) return void (tally.failed += 1);
    const result = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    tally.passed += result.stats.expected + result.stats.flaky;
    tally.failed += result.stats.unexpected;
    if (result.stats.skipped > 0) console.log(`[test] note: ${result.stats.skipped} e2e test(s) skipped`);
  };
}

const vitestJson = (name: string) => path.join(report, `${name}.json`);
const vitest = (project: string, name: string) => ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson(name)}`];

try {
  await ensureClients();
  await step("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"], {}, () => void 0);
  await step("lint", bin("eslint"), ["--max-warnings=0", "."]);
  await step("unit tests", bin("vitest"), vitest("unit", "unit"), {}, countVitest(vitestJson("unit")));
  await step("integration tests (SQLite)", bin("vitest"), vitest("integration", "int-sqlite"), { ORGPLAN_TEST_DB: "sqlite" }, countVitest(vitestJson("int-sqlite")));

  let pgUrl: string | null = null;
  try {
    pgUrl = await ensurePostgres();
  } catch (error) {
    console.error(`\n[test] ${(error as Error).message}`);
    failedSteps.push("integration tests (PostgreSQL): no server");
    tally.failed += 1;
  }
  if (pgUrl) {
    console.log(`[test] PostgreSQL for integration tests: ${redact(pgUrl)}`);
    await step("integration tests (PostgreSQL)", bin("vitest"), vitest("integration", "int-postgres"), { ORGPLAN_TEST_DB: "postgres", TEST_DATABASE_URL: pgUrl }, countVitest(vitestJson("int-postgres")));
  }

  let chromium: string | null | undefined;
  try {
    chromium = ensureChromium();
  } catch (error) {
    console.error(`\n[test] ${(error as Error).message}`);
    failedSteps.push("e2e: no Chromium");
    tally.failed += 1;
  }
  if (chromium !== undefined) {
    const e2eJson = path.join(report, "e2e.json");
    await step(
      "e2e tests (Playwright, production build)",
      bin("playwright"),
      ["test", "--reporter=list,json"],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson, ORGPLAN_E2E_FRESH: "1", ...(chromium ? { CHROMIUM_PATH: chromium } : {}) },
      countPlaywright(e2eJson),
    );
  }
} catch (error) {
  console.error(error);
  failedSteps.push("test runner");
}

console.log(`\n[test] reports in ${report}`);
if (failedSteps.length) console.log(`[test] failed steps: ${failedSteps.join(", ")}`);
if (failedSteps.length && tally.failed === 0) tally.failed = failedSteps.length;
console.log(`tests: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(failedSteps.length || tally.failed ? 1 : 0);
