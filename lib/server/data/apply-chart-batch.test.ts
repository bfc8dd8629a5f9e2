import { beforeEach, describe, expect, it, vi } from "vitest";
import type { BatchAnswer } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import type { QueuedBatch } from "./commit-chart-batches";

// The queue in front of the database, alone: the commit is a fake that records each group.
const groups: string[][] = [];
const events: string[] = [];
let refuse = new Set<string>();
vi.mock("./access", () => ({ requireChartAccess: async (_db: Db, _actor: unknown, chartId: string, action: string) => ({ chartId, action }) }));
vi.mock("./chart-change-tail", () => ({ changesBetween: async () => [], appendCommitted: () => undefined }));
vi.mock("./chart-working-copy", () => ({ remember: () => undefined, forget: () => undefined }));
vi.mock("./commit-chart-batches", () => ({
  commitChartBatches: async (_db: Db, _chartId: string, queued: readonly QueuedBatch[]) => {
    const names = queued.map((q) => q.batch.clientId as string);
    groups.push(names);
    events.push(`start ${names.join()}`);
    // A commit takes a while; whatever arrives meanwhile waits for the next one.
    await new Promise((resolve) => setTimeout(resolve, 5));
    events.push(`end ${names.join()}`);
    if (names.some((name) => refuse.has(name))) throw new Error("the database refused the transaction");
    version += names.length;
    const answers: BatchAnswer[] = names.map((_, i) => ({ version: version - names.length + 1 + i, results: [] }));
    return { chart: { id: "chart", version, name: "", nodes: [], edges: [] }, answers, events: null, committed: true };
  },
}));
let version = 0;

const { applyChartBatch, applyGrantedBatch } = await import("./apply-chart-batch");
const db = {} as Db;
const send = (clientId: string, chartId = "chart") => applyChartBatch(db, { userId: "u" }, chartId, { clientId, seq: 1, ops: [{ type: "renameChart", name: clientId }] });

beforeEach(() => {
  groups.length = 0;
  events.length = 0;
  refuse = new Set();
  version = 0;
});

describe("applyChartBatch's queue", () => {
  it("commits what arrives during a commit together, in arrival order, each with its own answer", async () => {
    const answers = await Promise.all(["a", "b", "c", "d"].map((name) => send(name)));
    expect(groups).toEqual([["a"], ["b", "c", "d"]]);
    expect(answers.map((a) => a.version)).toEqual([1, 2, 3, 4]);
  });

  it("a batch whose transaction fails fails alone: the ones grouped with it are committed one by one", async () => {
    refuse = new Set(["c"]);
    const outcomes = await Promise.allSettled(["a", "b", "c", "d"].map((name) => send(name)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(groups).toEqual([["a"], ["b", "c", "d"], ["b"], ["c"], ["d"]]);
  });

  it("charts do not wait for each other", async () => {
    await Promise.all([send("a", "one"), send("b", "two"), send("c", "one")]);
    expect(events).toEqual(["start a", "start b", "end a", "start c", "end b", "end c"]);
  });

  it("a grant to read the chart writes nothing", async () => {
    const reading = { chartId: "chart", action: "chart.read" } as unknown as Parameters<typeof applyGrantedBatch>[2];
    await expect(applyGrantedBatch(db, { userId: "u" }, reading, { clientId: "a", seq: 1, ops: [] })).rejects.toMatchObject({ code: "forbidden" });
    expect(groups).toEqual([]);
  });
});
