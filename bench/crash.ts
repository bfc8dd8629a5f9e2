/**
 * `npm run bench -- crash`: 50 `kill -9`s of a production server under HTTP writes, on SQLite and on
 * PostgreSQL. Prints `bench crash.<db>.acknowledged_lost 0 writes` (and the refused writes found,
 * and the integrity problems), and fails when any is not zero.
 */
import { crashRun } from "./lib/crash-run";
import { ensurePostgres } from "../scripts/lib/ensure-postgres";

const kills = Number(process.env.CRASH_KILLS ?? 50);
const port = Number(process.env.BENCH_PORT ?? 3230) + 1;
let failed = false;
for (const engine of ["sqlite", "postgres"] as const) {
  if (engine === "postgres") process.env.TEST_DATABASE_URL ??= await ensurePostgres();
  const result = await crashRun({ engine, kills, port, log: (line) => console.error(`[crash.${engine}] ${line}`) });
  console.log(`bench crash.${engine}.acknowledged_lost ${result.acknowledgedLost} writes`);
  console.log(`bench crash.${engine}.refused_present ${result.refusedPresent} writes`);
  console.log(`bench crash.${engine}.integrity_failures ${result.integrityFailures.length} checks`);
  console.log(`bench crash.${engine}.acknowledged ${result.acknowledged} writes`);
  for (const problem of result.integrityFailures) console.error(`[crash.${engine}] ${problem}`);
  if (result.kills !== kills || result.acknowledgedLost || result.refusedPresent || result.integrityFailures.length) failed = true;
}
process.exit(failed ? 1 : 0);
