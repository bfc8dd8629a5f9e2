/**
 * `npm run bench -- sync`: the median acknowledgement of a one-field edit through the production
 * server (POST /api/charts/:id/ops, signed in, over loopback) as the chart grows to 300, 2,000
 * and 10,000 nodes, on a fresh SQLite and a fresh PostgreSQL database: `bench sync.ack.<db>.<nodes>
 * <ms> ms`. Target on SQLite: under 15 ms at 10,000 nodes. Then the long convergence fuzz on a fresh
 * database: `bench sync.fuzz.<db>.seeds`. SYNC_DB=sqlite|postgresql runs one database only.
 */
import { createOrganization } from "../lib/server/data/organizations";
import { createUser } from "../lib/server/data/users";
import { runSyncFuzz } from "../lib/server/testing/run-sync-fuzz";
import { createTestDatabase } from "../lib/server/testing/test-database";
import { ensurePostgres } from "../scripts/lib/ensure-postgres";
import { startAppServers } from "./lib/app-servers";
import { median, printBench } from "./lib/stats";
import { firstChartId, growChart, loadChart, postBatch, signIn } from "./sync-http";

const PORT = Number(process.env.BENCH_PORT ?? 3230) + 1;
const SIZES = [300, 2000, 10_000];
// A fresh server: its JIT settles over the first hundred or so requests.
const WARMUP = 150;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const DATABASES = (process.env.SYNC_DB ?? "sqlite,postgresql").split(",");

async function acknowledgements(db: string): Promise<void> {
  const engine = db === "sqlite" ? "sqlite" : "postgres";
  if (engine === "postgres") process.env.TEST_DATABASE_URL ??= await ensurePostgres();
  const app = await startAppServers(engine, [PORT], (line) => console.error(`[sync.${db}] ${line}`));
  try {
    await measureAcknowledgements(app.servers[0]!.baseUrl, db);
  } finally {
    await app.stop();
  }
}

async function measureAcknowledgements(base: string, db: string): Promise<void> {
  const user = await signIn(base);
  const chartId = await firstChartId(user);
  let seq = 0;
  for (const size of SIZES) {
    const current = await loadChart(user, chartId);
    await growChart(user, chartId, size - current.nodes.length, `s${size}-`);
    const chart = await loadChart(user, chartId);
    const ids = chart.nodes.map((n) => n.id);
    const times: number[] = [];
    // An up-to-date client: each batch is made on the version the previous answer gave.
    let version = chart.version;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const id = ids[(i * 7919) % ids.length] as string;
      const started = performance.now();
      ({ version } = await postBatch(user, chartId, { clientId: "bench-ack", seq: ++seq, baseVersion: version, ops: [{ type: "updateNode", id, patch: { title: `Edited ${i}` } }] }));
      if (i >= WARMUP) times.push(performance.now() - started);
    }
    printBench(`sync.ack.${db}.${chart.nodes.length >= size ? size : chart.nodes.length}`, median(times), "ms");
  }
}

/** The long convergence fuzz (npm test runs 200 seeds × 100 steps): any failure throws with its seed. */
async function fuzz(): Promise<void> {
  const seeds = Number(process.env.BENCH_FUZZ_SEEDS ?? 500);
  const steps = Number(process.env.BENCH_FUZZ_STEPS ?? 300);
  const t = await createTestDatabase();
  try {
    const user = await createUser(t.db, { email: "fuzz@example.test", name: "Fuzz", password: "long enough password" });
    const orgId = (await createOrganization(t.db, { userId: user.id }, "Fuzz")).id;
    let versions = 0;
    for (let seed = 0; seed < seeds; seed++) versions += (await runSyncFuzz(t.db, { userId: user.id, name: "Fuzz" }, orgId, 50_000 + seed, { steps })).versions;
    printBench(`sync.fuzz.${t.engine}.converged`, seeds, "seeds", 0);
    printBench(`sync.fuzz.${t.engine}.versions`, versions, "versions", 0);
  } finally {
    await t.drop();
  }
}

for (const db of DATABASES) {
  if (db !== "sqlite" && db !== "postgresql") throw new Error(`SYNC_DB: unknown database ${db} (sqlite or postgresql)`);
  await acknowledgements(db);
}
if (process.env.BENCH_FUZZ !== "0") await fuzz();
