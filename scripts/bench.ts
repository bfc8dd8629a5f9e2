/**
 * `npm run bench [-- <group>…]`: runs benchmark groups; each prints lines `bench <name> <value> <unit>`.
 * Groups are files bench/<group>.ts. The canvas group needs a production server: this script
 * starts one on a fresh embedded database (as the e2e suite does), passes BENCH_BASE_URL, and stops
 * its whole process group when the group ends, fails or is interrupted.
 */
import fs from "node:fs";
import { bin, quietEnv, run } from "./lib/run";
import { startServer, type ServerProcess } from "./lib/server-process";

const SERVER_GROUPS = new Set(["canvas"]);
/** Groups that also report another group's figures (issue 4 lists layout.10000 with the canvas). */
const ALSO_RUNS: Record<string, string[]> = { canvas: ["layout"] };
const available = fs
  .readdirSync("bench")
  .filter((f) => f.endsWith(".ts") && !f.includes(".test.") && !f.includes("-"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const requested = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = requested.filter((g) => !available.includes(g));
if (unknown.length) {
  console.error(`unknown benchmark group(s): ${unknown.join(", ")}. Available: ${available.join(", ")}`);
  process.exit(2);
}
const groups = [...new Set((requested.length ? requested : available).flatMap((group) => [group, ...(ALSO_RUNS[group] ?? [])]))];

let failed = 0;
for (const group of groups) {
  let server: ServerProcess | null = null;
  if (SERVER_GROUPS.has(group)) {
    try {
      server = await startServer(process.env.BENCH_PORT ?? "3230");
    } catch (error) {
      console.error(`[bench] the server for '${group}' did not come up: ${(error as Error).message}`);
      failed += 1;
      continue;
    }
  }
  try {
    const code = await run(bin("tsx"), [`bench/${group}.ts`], { env: quietEnv(server ? { BENCH_BASE_URL: server.baseUrl } : {}) });
    if (code !== 0) failed += 1;
  } finally {
    server?.stop();
  }
}
process.exit(failed ? 1 : 0);
