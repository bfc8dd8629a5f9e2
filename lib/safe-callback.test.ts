import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

describe("safeCallback", () => {
  it("keeps same-site paths", () => {
    expect(safeCallback("/charts/abc")).toBe("/charts/abc");
    expect(safeCallback("/invite/tok?x=1")).toBe("/invite/tok?x=1");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "", null, undefined])("refuses %s", (raw) => {
    expect(safeCallback(raw)).toBe("/dashboard");
  });
});
