import "server-only";
import { resolveDatabase } from "../../prisma/resolve-database";
import { createPrismaClient, type Db } from "./create-prisma-client";

export type { Db } from "./create-prisma-client";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { orgplanDb?: Db };

export function db(): Db {
  globalForDb.orgplanDb ??= createPrismaClient(resolveDatabase());
  return globalForDb.orgplanDb;
}
