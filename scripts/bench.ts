/**
 * `npm run bench [-- <group>…]`: runs benchmark groups; each prints lines `bench <name> <value> <unit>`.
 * Groups are files bench/<group>.ts. The canvas group needs a production server: this script
 * starts one on a fresh embedded database (as the e2e suite does) and passes BENCH_BASE_URL.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { bin, quietEnv, run } from "./lib/run";

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
  let env = quietEnv();
  let stop: (() => void) | null = null;
  if (SERVER_GROUPS.has(group)) {
    const port = process.env.BENCH_PORT ?? "3230";
    const server = spawn(bin("tsx"), ["scripts/e2e-server.ts"], {
      env: quietEnv({ PORT: port, E2E_PORT: port }),
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    stop = () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    };
    const base = `http://localhost:${port}`;
    if (!(await waitFor(`${base}/signin`, 300_000))) {
      console.error(`[bench] the server for '${group}' did not come up`);
      stop();
      failed += 1;
      continue;
    }
    env = quietEnv({ BENCH_BASE_URL: base });
  }
  const code = await run(bin("tsx"), [`bench/${group}.ts`], { env });
  stop?.();
  if (code !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);

async function waitFor(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return false;
}
