/**
 * Which database Orgplan talks to, decided once from the environment so that the app, the
 * Prisma CLI (prisma.config.ts) and the scripts always agree.
 *
 * - DATABASE_URL unset or `file:…`  → embedded SQLite (default: ./data/orgplan.db)
 * - DATABASE_URL `postgres(ql)://…` → PostgreSQL
 */
import path from "node:path";

export type DatabaseTarget =
  | { provider: "sqlite"; file: string }
  | {
      provider: "postgresql";
      url: string;
      host: string;
      port: number;
      user: string;
      password: string | undefined;
      database: string;
      schema: string | undefined;
    };

export const DEFAULT_SQLITE_FILE = "data/orgplan.db";

export function resolveDatabase(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return { provider: "sqlite", file: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (raw.startsWith("file:")) {
    const file = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    return { provider: "sqlite", file: path.resolve(cwd, file) };
  }
  if (raw.startsWith("postgres://") || raw.startsWith("postgresql://")) {
    const url = new URL(raw);
    const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
    if (!database) throw new Error("DATABASE_URL names no database (expected postgresql://user@host:5432/dbname)");
    return {
      provider: "postgresql",
      url: raw,
      host: decodeURIComponent(url.hostname) || "127.0.0.1",
      port: url.port ? Number(url.port) : 5432,
      user: decodeURIComponent(url.username) || "postgres",
      password: url.password ? decodeURIComponent(url.password) : undefined,
      database,
      schema: url.searchParams.get("schema") ?? undefined,
    };
  }
  throw new Error(`DATABASE_URL must start with file:, postgres:// or postgresql:// (got "${raw.slice(0, 20)}…")`);
}
