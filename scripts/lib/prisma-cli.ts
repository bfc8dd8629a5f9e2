import { bin, mustRun, quietEnv, type Env } from "./run";

/** Generates both clients: one build serves SQLite and PostgreSQL, chosen by DATABASE_URL at start. */
export async function generateClients(): Promise<void> {
  for (const schema of ["prisma/sqlite/schema.prisma", "prisma/postgres/schema.prisma"]) {
    await mustRun(bin("prisma"), ["generate", "--schema", schema], { env: quietEnv(), stdio: ["ignore", "ignore", "inherit"] });
  }
}

/** `prisma migrate deploy` against whatever DATABASE_URL says (never `db push`). */
export async function migrateDeploy(env: Env = process.env): Promise<void> {
  await mustRun(bin("prisma"), ["migrate", "deploy"], { env: quietEnv(env), stdio: ["ignore", "ignore", "inherit"] });
}
