/**
 * SQLite must run in WAL mode (readers never block the writer, and a crash loses no committed
 * transaction) with a busy timeout (a second writer waits instead of failing). WAL is a property of
 * the file, so start-up sets it; the busy timeout belongs to each connection, so start-up asks the
 * app's own client what it got. Either one missing stops the start with a message.
 */
import Database from "better-sqlite3";
import type { Db } from "../../lib/server/create-prisma-client";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../lib/server/create-prisma-client";

export function enableWal(file: string): void {
  const raw = new Database(file);
  try {
    const mode = raw.pragma("journal_mode = WAL", { simple: true });
    if (String(mode).toLowerCase() !== "wal") throw new Error(`SQLite refused WAL mode for ${file} (journal_mode is ${mode})`);
  } finally {
    raw.close();
  }
}

export async function checkSqliteSettings(db: Db): Promise<{ journalMode: string; busyTimeoutMs: number }> {
  const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
  const [busy] = await db.$queryRawUnsafe<Record<string, bigint | number>[]>("PRAGMA busy_timeout");
  const journalMode = String(journal?.journal_mode ?? "").toLowerCase();
  const busyTimeoutMs = Number(Object.values(busy ?? {})[0] ?? 0);
  if (journalMode !== "wal") throw new Error(`SQLite is in ${journalMode || "unknown"} journal mode, not WAL`);
  if (busyTimeoutMs < SQLITE_BUSY_TIMEOUT_MS) throw new Error(`SQLite busy_timeout is ${busyTimeoutMs} ms, expected ${SQLITE_BUSY_TIMEOUT_MS}`);
  return { journalMode, busyTimeoutMs };
}
