/**
 * Prisma CLI configuration. Prisma 6.19's native engines cannot be downloaded on our machines,
 * so the CLI runs its bundled WASM schema engine through the same driver adapters the app uses.
 * The schema folder follows DATABASE_URL: prisma/sqlite or prisma/postgres, each with its own
 * migrations.
 */
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./prisma/resolve-database";

const target = resolveDatabase();
const folder = target.provider === "sqlite" ? "sqlite" : "postgres";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", folder, "schema.prisma"),
  migrations: { path: path.join("prisma", folder, "migrations") },
  async adapter() {
    if (target.provider === "sqlite") {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      return new PrismaBetterSQLite3({ url: `file:${target.file}` });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const factory = new PrismaPg({
      // Separate fields, not a connection string, so the shadow database can't point at the real one.
      host: target.host,
      port: target.port,
      user: target.user,
      password: target.password,
      database: target.database,
      idleTimeoutMillis: 200,
    }, target.schema ? { schema: target.schema } : undefined);
    return withCatalogTypesAsText(factory);
  },
});

/**
 * The migrate commands read PostgreSQL's catalogs, whose `name` (19) and `char` (18) columns the
 * adapter cannot deserialise (prisma/prisma#27403). Only the CLI needs this: report them as text.
 */
function withCatalogTypesAsText<F extends { connect(): Promise<object> }>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patchPerformIO(adapter);
    return adapter;
  };
  return factory;
}

type PerformIO = (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }>;
const patched = new WeakSet<object>();

function patchPerformIO(adapter: object) {
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || patched.has(proto)) return;
  patched.add(proto);
  const owner = proto as { performIO: PerformIO };
  const original = owner.performIO;
  owner.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    for (const field of result.fields) if (field.dataTypeID === 18 || field.dataTypeID === 19) field.dataTypeID = 25;
    return result;
  };
}
