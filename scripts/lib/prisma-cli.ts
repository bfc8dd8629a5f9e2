import { spawn } from "node:child_process";
import { bin, quietEnv, type Env } from "./run";

/** Generates both clients: one build serves SQLite and PostgreSQL, chosen by DATABASE_URL at start. */
export async function generateClients(): Promise<void> {
  for (const schema of ["prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma"]) {
    await prisma(["generate", "--schema", schema], process.env);
  }
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
