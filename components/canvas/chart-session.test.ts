import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { OrgNode, Responsibility, VersionedChart } from "@/lib/org/types";
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
    expect(snapshot.notice).toEqual({ kind: "conflict", dropped: ["Node “CEO” no longer exists."], theirs: [] });
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

  it.each([
    [
      "no answer (offline)",
      () => {
        throw new TypeError("network down");
      },
    ],
    // A captive portal or proxy answering with its own page: nothing is known to be saved.
    ["an unreadable answer (HTML with status 200)", () => new Response("<html>Sign in to the Wi-Fi</html>", { status: 200, headers: { "content-type": "text/html" } })],
  ])("retries after %s and keeps the edit until it is saved", async (_case, firstAnswer: () => Response) => {
    const server = fakeServer([firstAnswer, ok(2)]);
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

const fail = (status: number) => () => new Response(JSON.stringify({ error: { code: "x", message: "Server trouble" } }), { status });
const conflict = (chart: VersionedChart) => () => new Response(JSON.stringify({ error: { code: "conflict", message: "" }, chart }), { status: 409 });
const setResps = (nodeId: string, responsibilities: Responsibility[]): ChartOp => ({ type: "setResponsibilities", nodeId, responsibilities });

describe("ChartSession: failures", () => {
  it("stops retrying after a few failures, keeps every edit and waits for Retry", async () => {
    const server = fakeServer([...Array.from({ length: 5 }, () => fail(503)), ok(2)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(server.sent.length).toBe(5);
    session.apply([{ type: "addNode", node: node("cfo", "CFO") }]);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(server.sent.length).toBe(5);
    expect(session.getSnapshot()).toMatchObject({ status: "stalled", dirty: true, notice: { kind: "save-failed" } });
    expect(session.getSnapshot().chart.nodes.map((n) => n.title)).toEqual(["Boss", "CFO"]);

    session.retry();
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent[5]).toEqual({ baseVersion: 1, ops: [rename("ceo", "Boss"), { type: "addNode", node: node("cfo", "CFO") }] });
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false, notice: null });
  });

  it("splits a 10,000-node auto-layout into requests under the API's caps, in order", async () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => node(`n${i}`));
    const big: VersionedChart = { ...initial, nodes };
    const server = fakeServer([ok(2), ok(3), ok(4), ok(5)]);
    const session = new ChartSession(big, "en", server.fetcher);
    session.start();
    const moves = nodes.map((n, i) => ({ id: n.id, position: { x: i * 250.5, y: 1000 + i } }));
    session.apply([{ type: "moveNodes", moves }], { record: false });
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(100);
    expect(server.sent.length).toBeGreaterThanOrEqual(2);
    expect(server.sent.map((s) => s.baseVersion)).toEqual(server.sent.map((_, i) => i + 1));
    const units = (s: Sent) => s.ops.reduce((sum, op) => sum + (op.type === "moveNodes" ? op.moves.length : 1), 0);
    for (const s of server.sent) {
      expect(s.ops.length).toBeLessThanOrEqual(5000);
      expect(units(s)).toBeLessThanOrEqual(5000);
      expect(new TextEncoder().encode(JSON.stringify(s)).length).toBeLessThan(2 * 1024 * 1024);
    }
    const sentMoves = server.sent.flatMap((s) => s.ops.flatMap((op) => (op.type === "moveNodes" ? op.moves : [])));
    expect(sentMoves).toEqual(moves);
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false });
  });

  it("keeps the edits after a 401, links to sign-in in a new tab, and resumes when a retry succeeds", async () => {
    const server = fakeServer([fail(401), fail(401), ok(2)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    await vi.advanceTimersByTimeAsync(300);
    expect(session.getSnapshot()).toMatchObject({
      status: "signed-out",
      dirty: true,
      notice: { kind: "signed-out", signInUrl: "/signin?callbackUrl=%2Fcharts%2Fc1" },
    });
    expect(session.getSnapshot().chart.nodes[0]?.title).toBe("Boss");
    session.apply([rename("ceo", "Big boss")]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.sent).toHaveLength(1);
    // Periodic retry, still signed out; then the user signs in (other tab) and presses Retry.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(server.sent).toHaveLength(2);
    session.retry();
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent[2]).toEqual({ baseVersion: 1, ops: [rename("ceo", "Big boss")] });
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false, notice: null });
  });

  it("rolls back to the last saved chart on 403/404 and says so; nothing more is saved", async () => {
    for (const status of [403, 404]) {
      const server = fakeServer([ok(2), fail(status)]);
      const session = new ChartSession(initial, "en", server.fetcher);
      session.start();
      session.apply([rename("ceo", "Saved")]);
      await vi.advanceTimersByTimeAsync(300);
      session.apply([rename("ceo", "Lost")]);
      await vi.advanceTimersByTimeAsync(300);
      expect(session.getSnapshot()).toMatchObject({ status: "lost", dirty: false, notice: { kind: "lost", status } });
      expect(session.getSnapshot().chart.nodes[0]?.title).toBe("Saved");
      session.apply([rename("ceo", "Again")]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(server.sent).toHaveLength(2);
      expect(session.getSnapshot().chart.nodes[0]?.title).toBe("Saved");
    }
  });

  it("after a refused batch, resends the gestures one by one and drops only the bad one", async () => {
    const opError = { opIndex: 0, code: "unknown-node", id: "ceo", labels: { ceo: "CEO" }, message: "Node “CEO” no longer exists." };
    const refused = () => new Response(JSON.stringify({ error: { code: "invalid", message: "Node “CEO” no longer exists.", details: opError } }), { status: 400 });
    const server = fakeServer([refused, ok(2), refused, ok(3)]);
    const session = new ChartSession(initial, "it", server.fetcher);
    session.start();
    session.apply([{ type: "addNode", node: node("cfo", "CFO") }]);
    session.apply([rename("ceo", "Boss")]);
    session.apply([{ type: "addNode", node: node("cto", "CTO") }]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(100);
    expect(server.sent.map((s) => s.ops.length)).toEqual([3, 1, 1, 1]);
    expect(server.sent[3]).toEqual({ baseVersion: 2, ops: [{ type: "addNode", node: node("cto", "CTO") }] });
    const snapshot = session.getSnapshot();
    expect(snapshot.chart.nodes.map((n) => n.title)).toEqual(["CEO", "CFO", "CTO"]);
    expect(snapshot).toMatchObject({ status: "saved", dirty: false, notice: { kind: "refused", message: "Il nodo “CEO” non esiste più." } });
  });
});

describe("ChartSession: conflicts", () => {
  const withResps = (responsibilities: Responsibility[]): VersionedChart => ({ ...initial, nodes: [{ ...node("ceo", "CEO"), responsibilities }] });
  const a = { id: "a", text: "Budget" };
  const b = { id: "b", text: "Hiring" };

  it("merges our responsibility edits with a colleague's by id instead of overwriting their list", async () => {
    const mine = withResps([a, b]);
    const theirs: VersionedChart = { ...withResps([a, b, { id: "c", text: "Security" }]), version: 2 };
    const server = fakeServer([conflict(theirs), ok(3)]);
    const session = new ChartSession(mine, "en", server.fetcher);
    session.start();
    session.apply([setResps("ceo", [{ ...a, text: "Budget and costs" }, b])]);
    session.apply([setResps("ceo", [{ ...a, text: "Budget and costs" }, b, { id: "d", text: "Vendors" }])]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(10);
    const expected = [{ ...a, text: "Budget and costs" }, b, { id: "d", text: "Vendors" }, { id: "c", text: "Security" }];
    expect(session.getSnapshot().chart.nodes[0]?.responsibilities).toEqual(expected);
    expect(server.sent[1]?.baseVersion).toBe(2);
    expect(server.sent[1]?.ops.at(-1)).toEqual(setResps("ceo", expected));
    expect(session.getSnapshot().notice).toEqual({ kind: "conflict-merged" });
  });

  it("keeps the colleague's version of a field both changed, and says which node and field", async () => {
    const theirs: VersionedChart = { ...initial, version: 2, nodes: [{ ...node("ceo", "Chief"), person: "Anna" }] };
    const server = fakeServer([conflict(theirs), ok(3)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    session.apply([{ type: "updateNode", id: "ceo", patch: { role: "CIO" } }]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent[1]).toEqual({ baseVersion: 2, ops: [{ type: "updateNode", id: "ceo", patch: { role: "CIO" } }] });
    expect(session.getSnapshot().chart.nodes[0]).toMatchObject({ title: "Chief", person: "Anna", role: "CIO" });
    expect(session.getSnapshot().notice).toEqual({ kind: "conflict", dropped: [], theirs: [{ node: "Chief (Anna)", field: "title" }] });
  });

  it("keeps independent fields of the same node from both sides", async () => {
    const theirs: VersionedChart = { ...initial, version: 2, nodes: [{ ...node("ceo", "CEO"), person: "Anna" }] };
    const server = fakeServer([conflict(theirs), ok(3)]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent[1]).toEqual({ baseVersion: 2, ops: [rename("ceo", "Boss")] });
    expect(session.getSnapshot().chart.nodes[0]).toMatchObject({ title: "Boss", person: "Anna" });
  });

  it("keeps the colleague's responsibilities when both edited the same item", async () => {
    const theirs: VersionedChart = { ...withResps([{ ...a, text: "Their budget" }, b]), version: 2 };
    const server = fakeServer([conflict(theirs)]);
    const session = new ChartSession(withResps([a, b]), "en", server.fetcher);
    session.start();
    session.apply([setResps("ceo", [{ ...a, text: "My budget" }, b])]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent).toHaveLength(1);
    expect(session.getSnapshot().chart.nodes[0]?.responsibilities).toEqual([{ ...a, text: "Their budget" }, b]);
    expect(session.getSnapshot()).toMatchObject({
      dirty: false,
      notice: { kind: "conflict", dropped: [], theirs: [{ node: "CEO", field: "responsibilities" }] },
    });
  });

  it("counts edits the server already has (lost response) as saved, not dropped", async () => {
    const theirs: VersionedChart = { ...initial, version: 2, nodes: [node("ceo", "Boss"), node("cfo", "CFO")] };
    const server = fakeServer([
      () => {
        throw new TypeError("connection reset");
      },
      conflict(theirs),
    ]);
    const session = new ChartSession(initial, "en", server.fetcher);
    session.start();
    session.apply([rename("ceo", "Boss")]);
    session.apply([{ type: "addNode", node: node("cfo", "CFO") }]);
    await vi.advanceTimersByTimeAsync(300);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(10);
    expect(server.sent).toHaveLength(2);
    expect(session.getSnapshot()).toMatchObject({ status: "saved", dirty: false, notice: null });
    expect(session.getSnapshot().chart.nodes.map((n) => n.title)).toEqual(["Boss", "CFO"]);
  });
});
