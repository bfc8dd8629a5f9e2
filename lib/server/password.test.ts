import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { COST, DUMMY_HASH, verifyPassword } from "./password";

describe("the hash compared for an unknown email", () => {
  it("costs what a real account's hash costs, so both failures take the same time", () => {
    expect(bcrypt.getRounds(DUMMY_HASH)).toBe(COST);
  });
  it("matches no password", async () => {
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("orgplan-demo", DUMMY_HASH)).toBe(false);
  });
});
