import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { bin, quietEnv, type Env } from "./run";

const SCHEMAS = ["prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma"];
const GENERATED = "lib/server/generated";
const STAMP = path.join(GENERATED, ".inputs");

/** Generates both clients: one build serves SQLite and PostgreSQL, chosen by DATABASE_URL at start. */
export async function generateClients(): Promise<void> {
  for (const schema of SCHEMAS) {
    await prisma(["generate", "--schema", schema], process.env);
  }
  fs.writeFileSync(STAMP, inputsDigest());
}

/**
 * Generates the clients unless they were generated from the same schemas by the same Prisma: a
 * second `npm install`, and every start, test and bench after it, skip the work.
 * Returns whether it generated.
 */
export async function ensureClients(): Promise<boolean> {
  const there = ["sqlite", "postgres"].every((db) => fs.existsSync(path.join(GENERATED, db, "client.ts")));
  if (there && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === inputsDigest()) return false;
  await generateClients();
  return true;
}

function inputsDigest(): string {
  const digest = createHash("sha256");
  for (const file of [...SCHEMAS, "node_modules/prisma/package.json"]) digest.update(fs.readFileSync(file));
  return digest.digest("hex");
}

/** `prisma migrate deploy` against whatever DATABASE_URL says (never `db push`). */
export async function migrateDeploy(env: Env = process.env): Promise<void> {
  await prisma(["migrate", "deploy"], env);
}

/** Runs the Prisma CLI quietly; its output is shown only when it fails, so start-up stays readable. */
function prisma(args: string[], env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("prisma"), args, { env: quietEnv(env), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`prisma ${args.join(" ")} exited with ${code}`));
    });
  });
}
