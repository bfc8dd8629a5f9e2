/**
 * Backups of the embedded database with SQLite's online backup API. The copy is made in one step,
 * inside one read transaction: in WAL mode the app keeps writing meanwhile, and the copy is the
 * state at the step's start. (Small steps would restart whenever the app writes in between, and a
 * busy app would starve the backup.) The copy is checked before it is called a backup.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const ALL_PAGES = 0x7fffffff;

function check(file: string): void {
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = raw.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${String(result)}`);
    const tables = raw.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('User', 'Organization', 'Chart')").get() as { n: number };
    if (tables.n !== 3) throw new Error(`${file} is not an Orgplan database (no User, Organization and Chart tables)`);
  } finally {
    raw.close();
  }
}

export async function backupSqlite(databaseFile: string, backupFile: string): Promise<{ bytes: number }> {
  if (!fs.existsSync(databaseFile)) throw new Error(`no database at ${databaseFile}`);
  if (fs.existsSync(backupFile)) throw new Error(`${backupFile} exists already; choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(backupFile)), { recursive: true });
  const source = new Database(databaseFile, { fileMustExist: true, timeout: 10_000 });
  try {
    await source.backup(backupFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  check(backupFile);
  return { bytes: fs.statSync(backupFile).size };
}

/**
 * Copies a checked backup over the database, through the same online API, so a server that is still
 * running sees either the old or the restored database, never a half-copied file. Stop the app first
 * all the same: sessions and open editors then start from the restored state cleanly.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<void> {
  check(backupFile);
  fs.mkdirSync(path.dirname(path.resolve(databaseFile)), { recursive: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const restored = new Database(databaseFile, { timeout: 10_000 });
  try {
    restored.pragma("journal_mode = WAL");
  } finally {
    restored.close();
  }
  check(databaseFile);
}
