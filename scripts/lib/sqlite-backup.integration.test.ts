/**
 * `npm run db -- backup` under write load: a writer keeps saving edits through the data layer while
 * the online backup runs; the restored copy must be sound and hold a consistent state between what
 * was saved before the backup began and what was saved when it ended.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resolveDatabase } from "../../prisma/resolve-database";
import { createPrismaClient } from "../../lib/server/create-prisma-client";
import { createTestDatabase, testEngine, type TestDatabase } from "../../lib/server/testing/test-database";
import { backupSqlite, restoreSqlite } from "./sqlite-backup";
import { enableWal } from "./sqlite-settings";

vi.mock("server-only", () => ({}));
const { createUser } = await import("../../lib/server/data/users");
const { createOrganization } = await import("../../lib/server/data/organizations");
const { createChart } = await import("../../lib/server/data/charts");
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

let t: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "orgplan-backup-"));
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const node = (id: string) => ({ id, title: id, person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] });

// The online backup API is SQLite's; PostgreSQL deployments use pg_dump (README).
describe.runIf(testEngine() === "sqlite")("backup and restore", () => {
  it("copies a consistent state while edits keep being saved, and restores it", async () => {
    if (t.target.provider !== "sqlite") throw new Error("unreachable");
    enableWal(t.target.file);
    const owner = await createUser(t.db, { email: "backup@example.test", name: "B", password: "long enough password" });
    const actor = { userId: owner.id };
    if (t.target.provider !== "sqlite") throw new Error("unreachable");
    const org = await createOrganization(t.db, actor, "Backup org");
    // Some bulk so the copy takes several steps.
    const chart = await createChart(t.db, actor, org.id, { name: "Busy", nodes: Array.from({ length: 500 }, (_, i) => node(`n${i}`)), edges: [] });

    await t.db.$disconnect();
    // The writer is another process, as the app is when an operator runs `npm run db -- backup`.
    const writer = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/lib/testing/write-load.ts"), t.target.file, chart.id], { stdio: ["ignore", "pipe", "inherit"] });
    let version = 0;
    writer.stdout.on("data", (chunk: Buffer) => {
      const last = chunk.toString().trim().split("\n").at(-1);
      if (last) version = Number(last);
    });
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 60_000;
      while (!done()) {
        if (writer.exitCode !== null || Date.now() > deadline) throw new Error("the writer stopped");
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await until(() => version >= 5);
    const before = version;
    const backupFile = path.join(dir, "orgplan-backup.db");
    await backupSqlite(t.target.file, backupFile);
    await new Promise((r) => setTimeout(r, 50));
    const after = version + 1;
    await until(() => version >= after + 5);
    writer.kill("SIGKILL");

    // Restore over a different database, as after a disaster.
    const liveFile = path.join(dir, "restored.db");
    fs.writeFileSync(liveFile, "");
    await restoreSqlite(backupFile, liveFile);
    const raw = new Database(liveFile, { readonly: true });
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    const { version: restoredVersion } = raw.prepare('SELECT version FROM "Chart" WHERE id = ?').get(chart.id) as { version: number };
    const { n } = raw.prepare('SELECT COUNT(*) AS n FROM "ChartChange" WHERE "chartId" = ?').get(chart.id) as { n: number };
    const { nodes } = raw.prepare('SELECT COUNT(*) AS nodes FROM "ChartNode" WHERE "chartId" = ?').get(chart.id) as { nodes: number };
    raw.close();
    expect(restoredVersion).toBeGreaterThanOrEqual(before);
    expect(restoredVersion).toBeLessThanOrEqual(after);
    expect(n).toBe(restoredVersion);
    expect(nodes).toBe(500);

    // The restored file serves the app: the data layer reads it.
    const restored = createPrismaClient(resolveDatabase({ DATABASE_URL: `file:${liveFile}` }));
    expect(await restored.chart.count()).toBe(1);
    await restored.$disconnect();
  });

  it("refuses to overwrite an existing file or to restore something that is not an Orgplan database", async () => {
    if (t.target.provider !== "sqlite") throw new Error("unreachable");
    const existing = path.join(dir, "exists.db");
    fs.writeFileSync(existing, "x");
    await expect(backupSqlite(t.target.file, existing)).rejects.toThrow(/exists already/);
    const stranger = path.join(dir, "stranger.db");
    new Database(stranger).exec("CREATE TABLE t (x)");
    await expect(restoreSqlite(stranger, path.join(dir, "target.db"))).rejects.toThrow(/not an Orgplan database/);
  });
});
