import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEFAULT_TEST_DATABASE_URL } from "./ensure-postgres";

export interface ScratchDatabase {
  url: string;
  drop: () => Promise<void>;
}

/**
 * An empty database for a run of production servers (crash test, two-instance e2e, benches):
 * a SQLite file in a temporary folder, or a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL (the local one by default). The servers migrate it when they start.
 */
export async function createScratchDatabase(engine: "sqlite" | "postgres", label: string): Promise<ScratchDatabase> {
  if (engine === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `orgplan-${label}-`));
    return { url: `file:${path.join(dir, `${label}.db`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  const name = `orgplan_${label.replace(/\W/g, "_")}_${randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
