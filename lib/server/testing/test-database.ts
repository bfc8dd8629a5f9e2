/**
 * A fresh database per test file, on the engine named by ORGPLAN_TEST_DB ("sqlite" default, or
 * "postgres" with TEST_DATABASE_URL): created here, migrated with the committed migrations, and
 * dropped afterwards, so tests never depend on what an earlier run left behind.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../../prisma/resolve-database";
import { createPrismaClient, type Db } from "../create-prisma-client";

export interface TestDatabase {
  db: Db;
  target: DatabaseTarget;
  url: string;
  engine: "sqlite" | "postgres";
  /** A second client on the same database: a second app instance. */
  reopen(): Db;
  /** Every table's rows, for "nothing changed" assertions. */
  snapshot(): Promise<string>;
  drop(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");

export function testEngine(): "sqlite" | "postgres" {
  return process.env.ORGPLAN_TEST_DB === "postgres" ? "postgres" : "sqlite";
}

function migrationFiles(folder: "sqlite" | "postgres"): string[] {
  const dir = path.join(ROOT, "prisma", folder, "migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

/** `engine` overrides ORGPLAN_TEST_DB (a bench that runs on both databases in one process). */
export async function createTestDatabase(options: { migrate?: boolean; engine?: "sqlite" | "postgres" } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  const engine = options.engine ?? testEngine();
  if (engine === "sqlite") {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "orgplan-it-")), "test.db");
    if (migrate) {
      const raw = new Database(file);
      for (const sql of migrationFiles("sqlite")) raw.exec(sql);
      raw.close();
    }
    const url = `file:${file}`;
    const target = resolveDatabase({ DATABASE_URL: url });
    const db = createPrismaClient(target);
    return {
      db,
      target,
      url,
      engine,
      reopen: () => createPrismaClient(target),
      snapshot: () => snapshot(db),
      async drop() {
        await db.$disconnect();
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      },
    };
  }

  const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `orgplan_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (migrate) {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    for (const sql of migrationFiles("postgres")) await client.query(sql);
    await client.end();
  }
  const target = resolveDatabase({ DATABASE_URL: url.toString() });
  const db = createPrismaClient(target);
  return {
    db,
    target,
    url: url.toString(),
    engine,
    reopen: () => createPrismaClient(target),
    snapshot: () => snapshot(db),
    async drop() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function snapshot(db: Db): Promise<string> {
  const tables = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.organization.findMany({ orderBy: { id: "asc" } }),
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.chart.findMany({ orderBy: { id: "asc" } }),
    db.chartNode.findMany({ orderBy: [{ chartId: "asc" }, { id: "asc" }] }),
    db.chartEdge.findMany({ orderBy: [{ chartId: "asc" }, { id: "asc" }] }),
    db.responsibility.findMany({ orderBy: [{ chartId: "asc" }, { nodeId: "asc" }, { id: "asc" }] }),
    db.chartChange.findMany({ orderBy: { id: "asc" } }),
    db.findingAcknowledgement.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify(tables);
}
