import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { OrgNode, VersionedChart } from "@/lib/org/types";
import { ChartSession } from "./chart-session";

function node(id: string, title = id): OrgNode {
  return { id, title, person: null, role: null, kind: "role", position: { x: 0, y: 0 }, collapsed: false, responsibilities: [] };
}

const initial: VersionedChart = { id: "c1", version: 1, name: "Chart", nodes: [node("ceo", "CEO")], edges: [] };

interface Sent {
  baseVersion: number;
  ops: ChartOp[];
}

/** A fake server: answers each request with the next scripted response and records what was sent. */
function fakeServer(responses: (() => Response)[]) {
  const sent: Sent[] = [];
  const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)) as Sent);
    const next = responses.shift();
    if (next === undefined) throw new Error("no scripted response left");
    return next();
  });
  return { sent, fetcher: fetcher as unknown as typeof fetch };
}

const ok = (version: number) => () => new Response(JSON.stringify({ version }), { status: 200 });
const rename = (id: string, title: string): ChartOp => ({ type: "updateNode", id, patch: { title } });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("ChartSession", () => {
  it("saves a burst of typing as one debounced request and reports Saved", async () => {
    const server = fakeServer([ok(2)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    for (const title of ["C", "CE", "CEO!"]) session.apply([rename("ceo", title)], { coalesceKey: "title:ceo" });
    expect(session.getSnapshot().status).toBe("saving");
    await vi.advanceTimersByTimeAsync(300);
    expect(server.sent).toEqual([{ baseVersion: 1, ops: [rename("ceo", "CEO!")] }]);
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false });
  });

  it("keeps one request in flight and sends later edits on the new version", async () => {
    let release: () => void = () => undefined;
    const slow = () => new Promise<Response>((resolve) => (release = () => resolve(ok(2)())));
    const sent: Sent[] = [];
    const fetcher = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)) as Sent);
      return sent.length === 1 ? slow() : ok(3)();
    }) as unknown as typeof fetch;
    const session = new ChartSession(initial, "en", fetcher);
    session.start();
    session.apply([{ type: "addNode", node: node("cio") }]);
    await vi.advanceTimersByTimeAsync(300);
    session.apply([rename("cio", "CIO")]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(sent.map((s) => s.baseVersion)).toEqual([1, 2]);
    expect(session.getSnapshot().status).toBe("saved");
  });

  it("rebases on a conflict, drops the gestures that no longer apply, and says so", async () => {
    // The colleague deleted the CEO: renaming it cannot apply any more; adding a node still can.
    const theirs: VersionedChart = { ...initial, version: 2, nodes: [node("coo", "COO")] };
    const server = fakeServer([() => new Response(JSON.stringify({ error: {}, chart: theirs }), { status: 409 }), ok(3)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    session.apply([{ type: "addNode", node: node("cfo", "CFO") }]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent[1]).toEqual({ baseVersion: 2, ops: [{ type: "addNode", node: node("cfo", "CFO") }] });
    const snapshot = session.getSnapshot();
    expect(snapshot.chart.nodes.map((n) => n.title)).toEqual(["COO", "CFO"]);
    expect(snapshot.notice).toEqual({ kind: "conflict-dropped", count: 1 });
    expect(snapshot.status).toBe("conflict");
  });

  it("rolls back to the server's chart when a batch is refused", async () => {
    const refused = () => new Response(JSON.stringify({ error: { code: "invalid", message: "Nope." } }), { status: 400 });
    const server = fakeServer([refused]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getSnapshot()).toMatchObject({ status: "error", notice: { kind: "refused", message: "Nope." }, dirty: false });
    expect(session.getSnapshot().chart.nodes[0]?.title).toBe("CEO");
  });

  it("retries while offline and keeps the edit", async () => {
    const server = fakeServer([
      () => {
        throw new TypeError("network down");
      },
      ok(2),
    ]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getSnapshot()).toMatchObject({ status: "offline", dirty: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.sent.map((s) => s.baseVersion)).toEqual([1, 1]);
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false });
  });

  it("undoes a whole typing run in one step and redoes it", async () => {
    const server = fakeServer([ok(2), ok(3), ok(4)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    for (const title of ["B", "Bo", "Boss"]) session.apply([rename("ceo", title)], { coalesceKey: "title:ceo" });
    session.undo();
    expect(session.getSnapshot().chart.nodes[0]?.title).toBe("CEO");
    expect(session.getSnapshot().canRedo).toBe(true);
    session.redo();
    expect(session.getSnapshot().chart.nodes[0]?.title).toBe("Boss");
    await vi.advanceTimersByTimeAsync(300);
    expect(server.sent).toHaveLength(1);
    expect(session.getSnapshot().status).toBe("saved");
  });
});
