/**
 * Database chores: `npm run db -- <command>`.
 *   generate                 Prisma clients for both databases
 *   migrate                  apply committed migrations to DATABASE_URL (prisma migrate deploy)
 *   seed-demo                create the demo organisation and sign-in on DATABASE_URL
 *   sync-schemas             copy prisma/models.prisma.part into both schema files
 *   new-migration <name>     write a migration for both databases from the schema change since HEAD
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
  default:
    console.error("usage: npm run db -- generate | migrate | seed-demo | sync-schemas | new-migration <name>");
    process.exit(2);
}
