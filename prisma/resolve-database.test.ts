import { describe, expect, it } from "vitest";
import { resolveDatabase } from "./resolve-database";

describe("resolveDatabase", () => {
  it("defaults to the embedded SQLite file", () => {
    expect(resolveDatabase({}, "/srv/orgplan")).toEqual({ provider: "sqlite", file: "/srv/orgplan/data/orgplan.db" });
  });

  it("accepts relative and absolute file: URLs", () => {
    expect(resolveDatabase({ DATABASE_URL: "file:./x/y.db" }, "/a")).toEqual({ provider: "sqlite", file: "/a/x/y.db" });
    expect(resolveDatabase({ DATABASE_URL: "file:/var/lib/orgplan.db" }, "/a")).toEqual({ provider: "sqlite", file: "/var/lib/orgplan.db" });
  });

  it("splits a PostgreSQL URL into fields, decoding credentials", () => {
    expect(resolveDatabase({ DATABASE_URL: "postgresql://app:p%40ss@db.internal:6543/orgplan?schema=plans" })).toMatchObject({
      provider: "postgresql",
      host: "db.internal",
      port: 6543,
      user: "app",
      password: "p@ss",
      database: "orgplan",
      schema: "plans",
    });
  });

  it("names the problem with an unsupported or incomplete URL", () => {
    expect(() => resolveDatabase({ DATABASE_URL: "mysql://x/y" })).toThrow(/must start with file:, postgres/);
    expect(() => resolveDatabase({ DATABASE_URL: "postgresql://localhost:5432/" })).toThrow(/names no database/);
  });
});
