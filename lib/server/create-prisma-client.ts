/**
 * Builds a Prisma client for either database from one build. Both generated clients come from
 * the same models (prisma/models.prisma.part), so the SQLite client's type stands for both.
 * No "server-only" import here: tests and scripts use it outside Next.
 */
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "../../prisma/resolve-database";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";

export type Db = SqliteClient;

/** How long a SQLite writer waits for another one before failing (scripts/lib/sqlite-settings.ts checks it). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createPrismaClient(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const adapter = new PrismaBetterSQLite3({ url: `file:${target.file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    return new SqliteClient({ adapter });
  }
  const adapter = new PrismaPg(
    { host: target.host, port: target.port, user: target.user, password: target.password, database: target.database },
    target.schema ? { schema: target.schema } : undefined,
  );
  return new PostgresClient({ adapter }) as unknown as Db;
}
