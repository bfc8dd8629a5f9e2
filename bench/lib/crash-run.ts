/**
 * The crash test: write through the app over HTTP while `kill -9` hits the server at a random
 * moment, restart it, and check that every acknowledged write is there, no refused write is, and the
 * database is sound (SQLite: integrity_check and foreign_key_check; PostgreSQL: the change log and
 * the chart versions agree). Used by `npm run bench -- crash` (50 kills per engine) and by the short
 * e2e/crash.spec.ts in `npm test`.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabase } from "../../prisma/resolve-database";
import { bin, quietEnv } from "../../scripts/lib/run";
import { createScratchDatabase } from "../../scripts/lib/scratch-database";
import { spawnGroup, type GroupProcess } from "../../scripts/lib/server-process";
import { signIn } from "../sync-http";

export interface CrashResult {
  engine: "sqlite" | "postgres";
  kills: number;
  acknowledged: number;
  refused: number;
  acknowledgedLost: number;
  refusedPresent: number;
  integrityFailures: string[];
}

const SECRET = randomBytes(32).toString("base64");
/** One client for the whole run: its seq keeps rising across restarts, as a real tab's would. */
const CLIENT_ID = `crash-${randomBytes(6).toString("hex")}`;

/** The app under test: `script` (the first start, which migrates and seeds), else `next start`. */
function startNext(port: number, env: Record<string, string>, script?: string): GroupProcess {
  const processEnv = quietEnv({ ...env, PORT: String(port) });
  return script ? spawnGroup(bin("tsx"), [script], processEnv) : spawnGroup(bin("next"), ["start", "-p", String(port)], processEnv);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    setTimeout(resolve, 5000);
  });
}

async function waitUp(base: string, server: GroupProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error("the server exited during start-up");
    try {
      if ((await fetch(`${base}/signin`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not come up");
}

function node(id: string) {
  return { id, title: `write ${id}`, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] };
}

/** The chart's version, and the titles of its cards: each write leaves its own title. */
async function readChart(base: string, cookie: string, chartId: string): Promise<{ version: number; titles: Set<string> }> {
  const response = await fetch(`${base}/api/charts/${chartId}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`reading the chart failed: ${response.status}`);
  const { chart } = (await response.json()) as { chart: { version: number; nodes: { title: string }[] } };
  return { version: chart.version, titles: new Set(chart.nodes.map((n) => n.title)) };
}

async function integrity(engine: "sqlite" | "postgres", url: string, chartId: string): Promise<string[]> {
  const problems: string[] = [];
  if (engine === "sqlite") {
    const file = url.replace(/^file:/, "");
    const raw = new Database(file);
    try {
      const check = raw.pragma("integrity_check", { simple: true });
      if (check !== "ok") problems.push(`integrity_check: ${String(check)}`);
      const fk = raw.pragma("foreign_key_check") as unknown[];
      if (fk.length) problems.push(`foreign_key_check: ${fk.length} rows`);
      const { version } = raw.prepare('SELECT version FROM "Chart" WHERE id = ?').get(chartId) as { version: number };
      const { n, top } = raw.prepare('SELECT COUNT(*) AS n, MAX(version) AS top FROM "ChartChange" WHERE "chartId" = ?').get(chartId) as { n: number; top: number };
      if (n !== version || (top ?? 0) !== version) problems.push(`chart version ${version} but ${n} logged changes up to ${top}`);
    } finally {
      raw.close();
    }
    return problems;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const chart = await client.query<{ version: number }>('SELECT version FROM "Chart" WHERE id = $1', [chartId]);
    const log = await client.query<{ n: string; top: number | null }>('SELECT COUNT(*) AS n, MAX(version) AS top FROM "ChartChange" WHERE "chartId" = $1', [chartId]);
    const version = chart.rows[0]?.version;
    if (Number(log.rows[0]!.n) !== version || (log.rows[0]!.top ?? 0) !== version) problems.push(`chart version ${version} but ${log.rows[0]!.n} logged changes`);
    const orphans = await client.query('SELECT COUNT(*) AS n FROM "ChartEdge" e LEFT JOIN "ChartNode" s ON s."chartId" = e."chartId" AND s.id = e.source WHERE s.id IS NULL');
    if (Number(orphans.rows[0].n) > 0) problems.push("edges without a source node");
  } finally {
    await client.end();
  }
  return problems;
}

export async function crashRun(options: { engine: "sqlite" | "postgres"; kills: number; port: number; log?: (line: string) => void }): Promise<CrashResult> {
  const { engine, kills, port } = options;
  const log = options.log ?? (() => undefined);
  const base = `http://localhost:${port}`;
  const database = await createScratchDatabase(engine, "crash");
  const env = { DATABASE_URL: database.url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: base, ORGPLAN_DEMO: "1" };
  const result: CrashResult = { engine, kills: 0, acknowledged: 0, refused: 0, acknowledgedLost: 0, refusedPresent: 0, integrityFailures: [] };
  const acknowledged = new Set<string>();
  const refused = new Set<string>();
  // The first start migrates, seeds the demo organisation and builds when needed; later ones only serve.
  let server = startNext(port, env, "scripts/start.ts");
  try {
    await waitUp(base, server, 600_000);
    const { cookie } = await signIn(base);
    const chartId = await createChartFor(base, cookie, database.url);
    let writes = 0;
    for (let round = 0; round < kills; round++) {
      let { version } = await readChart(base, cookie, chartId);
      // The kill comes at a random moment once writes are flowing (a loaded machine answers slowly).
      let killer: NodeJS.Timeout | null = null;
      // Write until the server dies under us. Every answered write is acknowledged (its op applied)
      // or refused (its op refused, inside the server's transaction); no answer means unknown.
      for (;;) {
        const n = writes++;
        // Every other write adds a card under an id that already exists: the server must refuse it
        // and keep nothing of it (its title is unique, so a wrongly kept write would show).
        const refusable = n % 2 === 1;
        const id = `${refusable ? "r" : "w"}${n}`;
        const card = { ...node(refusable ? "root" : id), title: `write ${id}` };
        try {
          const response = await fetch(`${base}/api/charts/${chartId}/ops`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie },
            body: JSON.stringify({ clientId: CLIENT_ID, seq: n, baseVersion: version, ops: [{ type: "addNode", node: card }] }),
          });
          if (response.status !== 200) throw new Error(`unexpected status ${response.status}`);
          const body = (await response.json()) as { version: number; results: { status: "applied" | "refused" }[] };
          version = body.version;
          if (body.results[0]?.status === "applied") acknowledged.add(id);
          else if (body.results[0]?.status === "refused") refused.add(id);
          else throw new Error("an answer without a result");
        } catch {
          break;
        }
        killer ??= setTimeout(() => server.kill(), Math.random() * 1500);
      }
      if (killer) clearTimeout(killer);
      server.kill();
      await exited(server.child);
      result.kills += 1;
      result.integrityFailures.push(...(await integrity(engine, database.url, chartId)).map((p) => `kill ${round + 1}: ${p}`));
      server = startNext(port, env);
      await waitUp(base, server);
      const after = await readChart(base, cookie, chartId);
      const lost = [...acknowledged].filter((id) => !after.titles.has(`write ${id}`));
      const present = [...refused].filter((id) => after.titles.has(`write ${id}`));
      result.acknowledgedLost = lost.length;
      result.refusedPresent = present.length;
      log(`kill ${round + 1}/${kills}: ${acknowledged.size} acknowledged, ${refused.size} refused, lost ${lost.length}, refused present ${present.length}`);
    }
    result.acknowledged = acknowledged.size;
    result.refused = refused.size;
    return result;
  } finally {
    server.kill();
    await database.drop();
  }
}

/** A fresh empty chart in the demo organisation, created through the app's own data layer. */
async function createChartFor(base: string, cookie: string, url: string): Promise<string> {
  const { createPrismaClient } = await import("../../lib/server/create-prisma-client");
  const { createChart } = await import("../../lib/server/data/charts");
  const db = createPrismaClient(resolveDatabase({ DATABASE_URL: url }));
  try {
    const demo = await db.user.findUniqueOrThrow({ where: { email: "demo@orgplan.local" }, select: { id: true, memberships: { select: { orgId: true } } } });
    const chart = await createChart(db, { userId: demo.id }, demo.memberships[0]!.orgId, { name: "Crash test", nodes: [node("root") as never], edges: [] });
    await readChart(base, cookie, chart.id);
    return chart.id;
  } finally {
    await db.$disconnect();
  }
}
