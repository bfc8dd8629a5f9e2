import { expect, test } from "@playwright/test";
import { crashRun } from "../bench/lib/crash-run";

/**
 * The short crash test of `npm test`: three `kill -9`s of a production server while it takes writes
 * over HTTP (the full 50-kill run per database is `npm run bench -- crash`).
 */
test("kill -9 during writes loses no acknowledged write and keeps no refused one (SQLite, 3 kills)", async () => {
  test.setTimeout(600_000);
  const port = Number(process.env.E2E_CRASH_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 2);
  const result = await crashRun({ engine: "sqlite", kills: 3, port, log: (line) => console.log(`[crash] ${line}`) });
  console.log(`bench crash.sqlite.acknowledged_lost ${result.acknowledgedLost} writes`);
  expect(result.kills).toBe(3);
  expect(result.acknowledged).toBeGreaterThan(0);
  expect(result.refused).toBeGreaterThan(0);
  expect(result.acknowledgedLost).toBe(0);
  expect(result.refusedPresent).toBe(0);
  expect(result.integrityFailures).toEqual([]);
});
