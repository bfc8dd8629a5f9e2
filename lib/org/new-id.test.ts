import { describe, expect, it } from "vitest";
import { newId } from "./new-id";

describe("newId", () => {
  it("makes 14 alphanumeric characters after the prefix", () => {
    expect(newId()).toMatch(/^[0-9A-Za-z]{14}$/);
    expect(newId("n_")).toMatch(/^n_[0-9A-Za-z]{14}$/);
  });

  it("does not repeat over many ids", () => {
    const ids = new Set(Array.from({ length: 50_000 }, () => newId()));
    expect(ids.size).toBe(50_000);
  });

  it("uses the whole alphabet about evenly", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 5_000; i++) for (const ch of newId()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 70,000 characters over 62 symbols: ~1,129 each; a biased generator drifts far outside this.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(900);
      expect(n).toBeLessThan(1_400);
    }
  });
});
