import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, testEngine, type TestDatabase } from "./testing/test-database";

const dirs = (folder: string) =>
  fs
    .readdirSync(`prisma/${folder}/migrations`)
    .filter((name) => fs.statSync(`prisma/${folder}/migrations/${name}`).isDirectory())
    .sort();

let t: TestDatabase | undefined;
afterAll(async () => t?.drop());

describe(`migrations on ${testEngine()}`, () => {
  it("`prisma migrate deploy` brings an empty database up to date with every committed migration", async () => {
    t = await createTestDatabase({ migrate: false });
    execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: t.url, CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    const applied = await t.db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    expect(applied.map((row) => row.migration_name)).toEqual(dirs(t.engine === "sqlite" ? "sqlite" : "postgres"));
    // The schema is usable: a user can be created and read back.
    await t.db.user.create({ data: { email: "m@example.test", name: "M", passwordHash: "x" } });
    expect(await t.db.user.count()).toBe(1);
  });

  it("both databases have the same migrations, from the same models", () => {
    expect(dirs("sqlite")).toEqual(dirs("postgres"));
    const models = fs.readFileSync("prisma/models.prisma.part", "utf8");
    for (const folder of ["sqlite", "postgres"]) expect(fs.readFileSync(`prisma/${folder}/schema.prisma`, "utf8")).toContain(models);
  });
});
