import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";

export const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * Integration tests run on PostgreSQL too. TEST_DATABASE_URL points at any server the developer
 * has (the tests create and drop their own databases there); by default the machine's local one,
 * which we start if it is installed but stopped.
 */
export async function ensurePostgres(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (await reachable(url)) return url;
  if (!process.env.TEST_DATABASE_URL && process.getuid?.() === 0 && fs.existsSync("/usr/bin/pg_ctlcluster") && fs.existsSync("/etc/postgresql")) {
    const version = fs.readdirSync("/etc/postgresql")[0];
    if (version) {
      console.log(`[test] starting the local PostgreSQL ${version} cluster…`);
      execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
      if (await reachable(url)) return url;
    }
  }
  throw new Error(
    `PostgreSQL is not reachable at ${redact(url)}. The integration tests need one: set TEST_DATABASE_URL=postgresql://user:pass@host:5432/db ` +
      "(a user allowed to CREATE DATABASE), or install and start PostgreSQL locally (e.g. `sudo apt-get install postgresql`).",
  );
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redact(url: string): string {
  return url.replace(/:\/\/([^:@/]+):[^@/]*@/, "://$1:***@");
}
