/**
 * `npm start`: everything a newcomer needs, in order — Prisma clients, migrations, the demo
 * organisation (embedded SQLite only), a production build when sources changed, then the server.
 * `npm run dev` does the same but serves with `next dev`.
 */
import path from "node:path";
import { resolveDatabase } from "../prisma/resolve-database";
import { ensureAuthSecret } from "./lib/auth-secret";
import { needsBuild } from "./lib/needs-build";
import { ensureClients, migrateDeploy } from "./lib/prisma-cli";
import { bin, mustRun, quietEnv, run } from "./lib/run";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const target = resolveDatabase();
const demo = process.env.ORGPLAN_DEMO ?? (target.provider === "sqlite" ? "1" : "0");

const env = quietEnv({
  ORGPLAN_DEMO: demo,
  NEXTAUTH_SECRET: ensureAuthSecret(path.join(root, "data")),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
});
Object.assign(process.env, env);

const where = target.provider === "sqlite" ? `SQLite at ${path.relative(root, target.file)}` : `PostgreSQL ${target.host}:${target.port}/${target.database}`;
console.log(`[orgplan] database: ${where}`);
try {
  await ensureClients();
  await migrateDeploy(env);
} catch (error) {
  console.error(`\n[orgplan] could not prepare the database (${where}): ${(error as Error).message}`);
  if (target.provider === "postgresql") console.error("[orgplan] check that the server is running, the database exists and DATABASE_URL's user may connect.");
  process.exit(1);
}
console.log("[orgplan] migrations applied");

if (target.provider === "sqlite") {
  const { enableWal, checkSqliteSettings } = await import("./lib/sqlite-settings");
  const { createPrismaClient } = await import("../lib/server/create-prisma-client");
  try {
    enableWal(target.file);
    const client = createPrismaClient(target);
    const settings = await checkSqliteSettings(client);
    await client.$disconnect();
    console.log(`[orgplan] SQLite: journal_mode=${settings.journalMode}, busy_timeout=${settings.busyTimeoutMs} ms`);
  } catch (error) {
    console.error(`\n[orgplan] SQLite is not set up safely: ${(error as Error).message}`);
    process.exit(1);
  }
}

let demoLine: string | null = null;
if (demo === "1") {
  // Imported only now: these need the Prisma clients generated above (a fresh clone may lack them).
  const { createPrismaClient } = await import("../lib/server/create-prisma-client");
  const { seedDemo } = await import("./seed-demo");
  const client = createPrismaClient(target);
  const seeded = await seedDemo(client);
  await client.$disconnect();
  demoLine = `demo sign-in: ${seeded.email} / ${seeded.password}${seeded.created ? " (demo organisation \"Ferri Meccatronica S.p.A.\" created)" : ""}`;
}

if (!dev && needsBuild(root)) {
  console.log("[orgplan] building the production app (next build)…");
  await mustRun(bin("next"), ["build"], { env });
}

console.log(`\n[orgplan] serving on http://localhost:${port}`);
if (demoLine) console.log(`[orgplan] ${demoLine}\n`);
process.exitCode = await run(bin("next"), [dev ? "dev" : "start", "-p", port], { env });
