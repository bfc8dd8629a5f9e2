/**
 * A second process that keeps saving edits to a SQLite database the way the app does (the chart's
 * version and its change-log row in one transaction), printing each acknowledged version. The
 * backup test runs it to have a real writer while it copies.
 */
import Database from "better-sqlite3";

const [file, chartId] = process.argv.slice(2);
const db = new Database(file!, { timeout: 10_000 });
const save = db.transaction((version: number) => {
  db.prepare('UPDATE "Chart" SET version = ?, "updatedAt" = ? WHERE id = ?').run(version, Date.now(), chartId);
  db.prepare('INSERT INTO "ChartChange" ("chartId", version, ops, "createdAt") VALUES (?, ?, ?, ?)').run(chartId, version, JSON.stringify([{ type: "noop", pad: "x".repeat(2000) }]), Date.now());
});
let version = (db.prepare('SELECT version FROM "Chart" WHERE id = ?').get(chartId) as { version: number }).version;
for (;;) {
  save(++version);
  process.stdout.write(`${version}\n`);
  await new Promise((r) => setImmediate(r));
}
