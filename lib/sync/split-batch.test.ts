import { describe, expect, it } from "vitest";
import type { ChartOp } from "../org/chart-ops";
import { splitGesture, takeForRequest } from "./split-batch";

const rename = (id: string, title: string): ChartOp => ({ type: "updateNode", id, patch: { title } });
const moves = (count: number): ChartOp => ({
  type: "moveNodes",
  moves: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, position: { x: i, y: i } })),
});

describe("splitGesture", () => {
  it("leaves a gesture that fits alone", () => {
    const ops = [rename("a", "A"), rename("b", "B")];
    expect(splitGesture(ops, { units: 10, bytes: 10_000 })).toEqual([ops]);
  });

  it("splits a long gesture into parts under the op cap, in order", () => {
    const ops = Array.from({ length: 25 }, (_, i) => rename(`n${i}`, `T${i}`));
    const parts = splitGesture(ops, { units: 10, bytes: 1_000_000 });
    expect(parts.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(parts.flat()).toEqual(ops);
  });

  it("splits a big moveNodes by moves and keeps the ops around it in order", () => {
    const ops = [rename("a", "A"), moves(25), rename("b", "B")];
    const parts = splitGesture(ops, { units: 10, bytes: 1_000_000 });
    const units = (part: ChartOp[]) => part.reduce((n, op) => n + (op.type === "moveNodes" ? op.moves.length : 1), 0);
    for (const part of parts) expect(units(part)).toBeLessThanOrEqual(10);
    expect(parts.flat()[0]).toEqual(rename("a", "A"));
    expect(parts.flat().at(-1)).toEqual(rename("b", "B"));
    expect(parts.flat().flatMap((op) => (op.type === "moveNodes" ? op.moves : []))).toEqual((moves(25) as { moves: unknown[] }).moves);
  });

  it("respects the byte cap", () => {
    const long = "x".repeat(300);
    const ops = Array.from({ length: 10 }, (_, i) => rename(`n${i}`, long));
    const parts = splitGesture(ops, { units: 5000, bytes: 1000 });
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect(new TextEncoder().encode(JSON.stringify(part)).length).toBeLessThanOrEqual(1000);
  });
});

describe("takeForRequest", () => {
  it("takes as many whole gestures as fit, and at least one", () => {
    const gestures = [[rename("a", "A")], [moves(6)], [rename("b", "B")], [rename("c", "C")]];
    expect(takeForRequest(gestures, { units: 8, bytes: 1_000_000 })).toBe(3);
    expect(takeForRequest(gestures, { units: 1, bytes: 1_000_000 })).toBe(1);
    expect(takeForRequest([], { units: 8, bytes: 1_000_000 })).toBe(0);
  });
});
