/**
 * Production servers (`next start`) on a fresh, migrated database with the demo organisation, for
 * the benches that talk HTTP: one instance, or several sharing one PostgreSQL database (they share
 * the sign-in secret, so a session works on each). Builds first when the sources changed.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../../lib/server/create-prisma-client";
import { createTestDatabase } from "../../lib/server/testing/test-database";
import { needsBuild } from "../../scripts/lib/needs-build";
import { bin, mustRun, quietEnv } from "../../scripts/lib/run";
import { startNextServer, type ServerProcess } from "../../scripts/lib/server-process";
import { enableWal } from "../../scripts/lib/sqlite-settings";
import { seedDemo } from "../../scripts/seed-demo";

export interface AppServers {
  /** The bench's own client on the same database, for setting up data. */
  db: Db;
  servers: ServerProcess[];
  stop(): Promise<void>;
}

export async function startAppServers(engine: "sqlite" | "postgres", ports: number[], log: (line: string) => void = () => undefined): Promise<AppServers> {
  if (needsBuild(process.cwd())) {
    log("building the production app (next build)…");
    await mustRun(bin("next"), ["build"], { env: quietEnv() });
  }
  const t = await createTestDatabase({ engine });
  const servers: ServerProcess[] = [];
  const stop = async () => {
    for (const server of servers) server.stop();
    await t.drop();
  };
  try {
    // As `npm start` leaves it: WAL mode, the demo organisation.
    if (t.target.provider === "sqlite") enableWal(t.target.file);
    await seedDemo(t.db);
    const secret = randomBytes(32).toString("base64");
    for (const port of ports) servers.push(await startNextServer(port, { DATABASE_URL: t.url, NEXTAUTH_SECRET: secret }));
  } catch (error) {
    await stop();
    throw error;
  }
  return { db: t.db, servers, stop };
}
