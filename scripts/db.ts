/**
 * Database chores: `npm run db -- <command>`.
 *   generate                 Prisma clients for both databases
 *   migrate                  apply committed migrations to DATABASE_URL (prisma migrate deploy)
 *   seed-demo                create the demo organisation and sign-in on DATABASE_URL
 *   sync-schemas             copy prisma/models.prisma.part into both schema files
 *   new-migration <name>     write a migration for both databases from the schema change since HEAD
 *   backup <file>            consistent copy of the SQLite database while the app serves (PostgreSQL: pg_dump)
 *   restore <file>           bring a backup back (then `npm start` applies newer migrations)
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabase } from "../prisma/resolve-database";
import { generateClients, migrateDeploy } from "./lib/prisma-cli";
import { bin, quietEnv } from "./lib/run";

const [command, ...args] = process.argv.slice(2);
const DBS = [
  { folder: "sqlite", url: "file:./data/placeholder.db" },
  { folder: "postgres", url: "postgresql://postgres@127.0.0.1:5432/postgres" },
] as const;

function syncSchemas() {
  const models = fs.readFileSync("prisma/models.prisma.part", "utf8");
  for (const { folder } of DBS) {
    const file = `prisma/${folder}/schema.prisma`;
    const current = fs.readFileSync(file, "utf8");
    const header = current.slice(0, current.indexOf("// ----"));
    fs.writeFileSync(file, header + models);
  }
}

function newMigration(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db -- new-migration <snake_case_name>");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const { folder, url } of DBS) {
    const schema = `prisma/${folder}/schema.prisma`;
    const old = path.join(os.tmpdir(), `orgplan-old-${folder}.prisma`);
    fs.writeFileSync(old, execFileSync("git", ["show", `HEAD:${schema}`], { encoding: "utf8" }));
    const sql = execFileSync(bin("prisma"), ["migrate", "diff", "--from-schema-datamodel", old, "--to-schema-datamodel", schema, "--script"], {
      encoding: "utf8",
      env: quietEnv({ DATABASE_URL: url }),
    });
    const dir = `prisma/${folder}/migrations/${stamp}_${name}`;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${dir}/migration.sql`);
  }
}

switch (command) {
  case "generate":
    await generateClients();
    break;
  case "migrate":
    await migrateDeploy();
    break;
  case "seed-demo": {
    // Imported here so that `generate` works before any client exists.
    const { createPrismaClient } = await import("../lib/server/create-prisma-client");
    const { seedDemo } = await import("./seed-demo");
    const client = createPrismaClient(resolveDatabase());
    const seeded = await seedDemo(client);
    await client.$disconnect();
    console.log(`demo sign-in: ${seeded.email} / ${seeded.password}`);
    break;
  }
  case "sync-schemas":
    syncSchemas();
    break;
  case "new-migration":
    newMigration(args[0]);
    break;
  case "backup":
  case "restore": {
    const file = args[0];
    if (!file) throw new Error(`usage: npm run db -- ${command} <file>`);
    const target = resolveDatabase();
    if (target.provider !== "sqlite") {
      // pg_dump takes a consistent snapshot of a live database on its own; no need to wrap it.
      console.error(`For PostgreSQL use its own tools (see README, "Backups"):
  pg_dump --format=custom --file=${file} "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${file}`);
      process.exit(2);
    }
    const { backupSqlite, restoreSqlite } = await import("./lib/sqlite-backup");
    if (command === "backup") {
      const { bytes } = await backupSqlite(target.file, file);
      console.log(`backed up ${path.relative(process.cwd(), target.file)} to ${file} (${(bytes / 1024).toFixed(0)} KiB, integrity checked)`);
    } else {
      await restoreSqlite(file, target.file);
      console.log(`restored ${file} into ${path.relative(process.cwd(), target.file)} (integrity checked); restart the app`);
    }
    break;
  }
  default:
    console.error("usage: npm run db -- generate | migrate | seed-demo | sync-schemas | new-migration <name> | backup <file> | restore <file>");
    process.exit(2);
}
