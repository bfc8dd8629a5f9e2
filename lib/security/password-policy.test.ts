import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { checkPassword, PASSWORD_LIMITS } from "./password-policy";

describe("checkPassword (NIST 800-63B)", () => {
  it("accepts 8 to 128 characters with no composition rules", () => {
    expect(checkPassword("aaaabbbb")).toBeNull();
    expect(checkPassword("correct horse battery staple")).toBeNull();
    expect(checkPassword("x".repeat(128))).toBeNull();
    expect(checkPassword("tuttominuscolo")).toBeNull();
  });

  it("refuses fewer than 8 and more than 128 characters", () => {
    expect(checkPassword("seven77")).toBe("too-short");
    expect(checkPassword("")).toBe("too-short");
    expect(checkPassword("x".repeat(129))).toBe("too-long");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(checkPassword("😀😀😀😀😀😀😀")).toBe("too-short");
    expect(checkPassword("è".repeat(8))).toBeNull();
    expect(checkPassword("😀".repeat(128))).toBeNull();
  });

  it("refuses the common passwords whatever their case", () => {
    expect(checkPassword("password")).toBe("common");
    expect(checkPassword("Password1")).toBe("common");
    expect(checkPassword("QWERTYUIOP")).toBe("common");
    expect(checkPassword("orgplan-demo")).toBe("common");
  });

  it("refuses the account's own email or its local part", () => {
    expect(checkPassword("mario.rossi@example.it", { email: "Mario.Rossi@example.it" })).toBe("contains-email");
    expect(checkPassword("mario.rossi", { email: "mario.rossi@example.it" })).toBe("contains-email");
  });

  it("keeps only blocklist entries the length rule would not refuse anyway", () => {
    for (const entry of COMMON_PASSWORDS) {
      expect(entry.length).toBeGreaterThanOrEqual(PASSWORD_LIMITS.min);
      expect(entry).toBe(entry.toLowerCase());
    }
  });
});
