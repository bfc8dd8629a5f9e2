import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../create-prisma-client";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { applyChartBatch } from "./apply-chart-batch";
import { appendCommitted, cachedChanges, catchUpTail, changesAfter, surelyNotLogged } from "./chart-change-tail";
import { readChartChanges } from "./chart-changes";
import { createChart } from "./charts";
import { createOrganization } from "./organizations";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let orgId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  owner = { userId: (await createUser(t.db, { email: "o@example.test", name: "Owner", password: "long enough password" })).id };
  orgId = (await createOrganization(t.db, owner, "Tail")).id;
});
afterAll(async () => t?.drop());

const node = { id: "ceo", title: "CEO", person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] };

/** The database as the tail sees it, counting the statements it runs; `hold` delays their answers (not the statements). */
function counting(): { db: Pick<Db, "$queryRaw">; reads: () => number; hold: () => () => void } {
  let reads = 0;
  let gate: Promise<void> = Promise.resolve();
  const db = {
    $queryRaw: (async (...args: Parameters<Db["$queryRaw"]>) => {
      reads += 1;
      const result = await t.db.$queryRaw(...args);
      await gate;
      return result;
    }) as unknown as Db["$queryRaw"],
  };
  const hold = () => {
    let open = () => undefined as void;
    gate = new Promise((resolve) => (open = resolve));
    return open;
  };
  return { db, reads: () => reads, hold };
}

async function chartWithEdits(edits: number): Promise<string> {
  const { id } = await createChart(t.db, owner, orgId, { name: "Tail", nodes: [node], edges: [] });
  for (let i = 1; i <= edits; i++) await edit(id, i);
  return id;
}

const edit = (chartId: string, i: number) =>
  applyChartBatch(t.db, owner, chartId, { clientId: "tail-client", seq: i, ops: [{ type: "updateNode", id: "ceo", patch: { title: `Title ${i}` } }] });

describe("the shared tail of a chart's log", () => {
  it("gives every caller the changes after its own version, with one read for many callers", async () => {
    const chartId = await chartWithEdits(3);
    const { db, reads } = counting();
    expect((await changesAfter(db, chartId, 3)).map((c) => c.version)).toEqual([]);
    await edit(chartId, 4);
    await edit(chartId, 5);
    const before = reads();
    // Twenty streams woken by one commit: they share the read (one running, at most one queued).
    const answers = await Promise.all(Array.from({ length: 20 }, (_, k) => changesAfter(db, chartId, 3 + (k % 3))));
    expect(reads() - before).toBeLessThanOrEqual(2);
    answers.forEach((changes, k) => expect(changes.map((c) => c.version)).toEqual([4, 5].filter((v) => v > 3 + (k % 3))));
    expect(answers[0]?.[0]).toMatchObject({ clientId: "tail-client", seq: 4, actor: { id: owner.userId, name: "Owner" }, ops: [{ type: "updateNode", id: "ceo", patch: { title: "Title 4" } }] });
  });

  it("includes what was committed just before the call, even while another read is running", async () => {
    const chartId = await chartWithEdits(1);
    const { db, reads, hold } = counting();
    await changesAfter(db, chartId, 1);
    const open = hold();
    const running = changesAfter(db, chartId, 1);
    // The running read has looked at the log (and found nothing new) but not answered yet.
    while (reads() < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await edit(chartId, 2);
    const after = changesAfter(db, chartId, 1);
    open();
    expect((await running).map((c) => c.version)).toEqual([]);
    expect((await after).map((c) => c.version)).toEqual([2]);
  });

  it("reads the log itself for a caller further back than the tail", async () => {
    const chartId = await chartWithEdits(4);
    const { db } = counting();
    await changesAfter(db, chartId, 4);
    await edit(chartId, 5);
    expect((await changesAfter(db, chartId, 1)).map((c) => c.version)).toEqual([2, 3, 4, 5]);
  });

  it("answers a range from memory only when it holds all of it", async () => {
    const chartId = await chartWithEdits(2);
    const { db } = counting();
    expect(cachedChanges(chartId, 2, 3)).toBeNull();
    await changesAfter(db, chartId, 2);
    await edit(chartId, 3);
    await edit(chartId, 4);
    expect(cachedChanges(chartId, 2, 4)).toBeNull();
    await changesAfter(db, chartId, 2);
    expect(cachedChanges(chartId, 2, 4)?.map((c) => c.version)).toEqual([3, 4]);
    expect(cachedChanges(chartId, 3, 3)?.map((c) => c.version)).toEqual([]);
    expect(cachedChanges(chartId, 2, 3)?.map((c) => c.version)).toEqual([3]);
    expect(cachedChanges(chartId, 1, 4)).toBeNull();
  });

  it("holds what this instance just committed, as the log holds it: a stream woken for it reads nothing", async () => {
    const chartId = await chartWithEdits(1);
    const { db, reads } = counting();
    await changesAfter(db, chartId, 1);
    // The routes' actor carries the session's name; without it the tail waits for a read of the log.
    await applyChartBatch(t.db, { ...owner, name: "Owner" }, chartId, { clientId: "tail-client", seq: 2, ops: [{ type: "updateNode", id: "ceo", patch: { title: "Named" } }] });
    expect(cachedChanges(chartId, 1, 2)).toEqual(await readChartChanges(t.db, chartId, 1));
    const before = reads();
    expect((await changesAfter(db, chartId, 1, 2)).map((c) => c.version)).toEqual([2]);
    expect(reads()).toBe(before);
    await edit(chartId, 3);
    expect(cachedChanges(chartId, 1, 3)).toBeNull();
    expect((await changesAfter(db, chartId, 1, 3)).map((c) => c.version)).toEqual([2, 3]);
    expect(reads()).toBe(before + 1);
  });

  it("a read that was running while this instance committed keeps what it found after those versions", async () => {
    const chartId = await chartWithEdits(1);
    const { db, reads, hold } = counting();
    await changesAfter(db, chartId, 1);
    await edit(chartId, 2);
    await edit(chartId, 3);
    const open = hold();
    const running = changesAfter(db, chartId, 1);
    while (reads() < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    // The read has found versions 2 and 3; meanwhile this instance's commit of 2 lands in the tail.
    appendCommitted(chartId, (await readChartChanges(t.db, chartId, 1)).slice(0, 1));
    open();
    expect((await running).map((c) => c.version)).toEqual([2, 3]);
    expect(cachedChanges(chartId, 1, 3)?.map((c) => c.version)).toEqual([2, 3]);
  });

  it("catches up with another instance's commits in one read before a commit, and reads nothing for an unwatched chart", async () => {
    const chartId = await chartWithEdits(1);
    const { db, reads } = counting();
    await changesAfter(db, chartId, 1);
    // Committed without a name at hand: like another instance's versions, this tail lacks them.
    await edit(chartId, 2);
    await edit(chartId, 3);
    expect(cachedChanges(chartId, 1, 3)).toBeNull();
    const before = reads();
    await catchUpTail(db, chartId, 3);
    expect(reads()).toBe(before + 1);
    expect(cachedChanges(chartId, 1, 3)).toEqual(await readChartChanges(t.db, chartId, 1));
    expect(surelyNotLogged(chartId, 3, "tail-client", 4)).toBe(true);
    await catchUpTail(db, chartId, 3);
    expect(reads()).toBe(before + 1);

    const unwatched = await chartWithEdits(2);
    await catchUpTail(db, unwatched, 2);
    expect(reads()).toBe(before + 1);
    expect(cachedChanges(unwatched, 0, 2)).toBeNull();
  });

  it("knows a client's next batch is not logged yet only when its previous one is in the tail and the tail is current", async () => {
    const chartId = await chartWithEdits(3);
    const { db } = counting();
    await changesAfter(db, chartId, 0);
    expect(surelyNotLogged(chartId, 3, "tail-client", 4)).toBe(true);
    // Already logged, a client never seen, a gap in its seqs, a tail behind the chart: read the log.
    expect(surelyNotLogged(chartId, 3, "tail-client", 3)).toBe(false);
    expect(surelyNotLogged(chartId, 3, "other-client", 1)).toBe(false);
    expect(surelyNotLogged(chartId, 3, "tail-client", 6)).toBe(false);
    expect(surelyNotLogged(chartId, 4, "tail-client", 4)).toBe(false);
  });
});

