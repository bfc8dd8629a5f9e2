import { describe, expect, it } from "vitest";
import { blockedUntilAfter, isForgotten, LIMIT_RULES, secondsToWait } from "./attempt-limits";

const now = new Date("2026-11-29T12:00:00Z");
const rule = LIMIT_RULES.account;

describe("attempt limits", () => {
  it("lets the first failures through without waiting", () => {
    for (let failures = 0; failures < rule.free; failures++) expect(blockedUntilAfter(rule, failures, now)).toBeNull();
  });

  it("makes the wait grow with each failure past the free ones, up to a cap", () => {
    const waits = [10, 11, 12, 13, 30, 1000].map((failures) => (blockedUntilAfter(rule, failures, now)!.getTime() - now.getTime()) / 1000);
    expect(waits.slice(0, 4)).toEqual([30, 60, 120, 240]);
    expect(waits[4]).toBe(rule.maxDelaySeconds);
    expect(waits[5]).toBe(rule.maxDelaySeconds);
  });

  it("reports the seconds left, rounded up, and 0 once the wait is over", () => {
    const blockedUntil = new Date(now.getTime() + 1500);
    expect(secondsToWait({ failures: 11, blockedUntil, updatedAt: now }, now)).toBe(2);
    expect(secondsToWait({ failures: 11, blockedUntil, updatedAt: now }, new Date(now.getTime() + 2000))).toBe(0);
    expect(secondsToWait(null, now)).toBe(0);
  });

  it("forgets a count a while after the last failure, so nobody is locked out for good", () => {
    const state = { failures: 50, blockedUntil: null, updatedAt: now };
    expect(isForgotten(rule, state, new Date(now.getTime() + 3600 * 1000))).toBe(false);
    expect(isForgotten(rule, state, new Date(now.getTime() + (rule.forgetAfterSeconds + 1) * 1000))).toBe(true);
  });
});
