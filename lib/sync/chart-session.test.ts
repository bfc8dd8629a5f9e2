import { describe, expect, it } from "vitest";
import { replaceChartOps } from "../io/replace-chart-ops";
import { applyBatch } from "../org/apply-batch";
import type { Chart, OrgNode, VersionedChart } from "../org/types";
import { ChartSession, type SendOutcome, type SentBatch, type SyncTransport } from "./chart-session";
import type { BatchAnswer, ChangeEvent } from "./protocol";

const node = (id: string, title: string): OrgNode => ({ id, title, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] });
const start: VersionedChart = { id: "c", version: 0, name: "Chart", nodes: [node("a", "A"), node("b", "B")], edges: [] };

/** The server's ordering and idempotency in memory, with a switch to lose the next answer. */
class FakeServer {
  chart: Chart = start;
  log: ChangeEvent[] = [];
  answers = new Map<string, BatchAnswer>();
  loseNextAnswer = false;

  transport(): SyncTransport {
    return {
      send: async (batch: SentBatch): Promise<SendOutcome> => {
        const key = `${batch.clientId}:${batch.seq}`;
        let answer = this.answers.get(key);
        if (answer === undefined) {
          const outcome = applyBatch(this.chart, batch.ops, batch.gestures);
          this.chart = outcome.chart;
          this.log.push({ version: this.log.length + 1, clientId: batch.clientId, seq: batch.seq, actor: { id: null, name: "" }, ops: outcome.applied });
          answer = { version: this.log.length, results: outcome.results };
          this.answers.set(key, answer);
        }
        if (this.loseNextAnswer) {
          this.loseNextAnswer = false;
          return { kind: "retry" };
        }
        return { kind: "answer", answer: { ...answer, changes: this.log.filter((e) => e.version > batch.baseVersion && e.version < answer.version) } };
      },
      load: async () => ({ ...this.chart, id: "c", version: this.log.length }),
    };
  }
}

const session = (server: FakeServer, clientId: string) => new ChartSession(start, server.transport(), { clientId, timers: null });
const title = (s: ChartSession, id: string) => s.getSnapshot().chart.nodes.find((n) => n.id === id)?.title;

describe("ChartSession", () => {
  it("a colleague's change arrives with the answer, and both edits stay (last writer wins per field)", async () => {
    const server = new FakeServer();
    const alice = session(server, "alice-tab");
    const bob = session(server, "bob-tab");
    alice.apply([{ type: "updateNode", id: "a", patch: { title: "Alice" } }]);
    bob.apply([{ type: "updateNode", id: "b", patch: { title: "Bob" } }]);
    await alice.flush();
    await bob.flush();
    expect([title(bob, "a"), title(bob, "b")]).toEqual(["Alice", "Bob"]);
    expect(bob.getSnapshot()).toMatchObject({ version: 2, status: "saved", dirty: false });
    alice.receive(server.log);
    expect(alice.getSnapshot().chart).toEqual(bob.getSnapshot().chart);
  });

  it("a lost answer: the same batch is resent with the same seq and applied once", async () => {
    const server = new FakeServer();
    const alice = session(server, "alice-tab");
    alice.apply([{ type: "addResponsibility", nodeId: "a", responsibility: { id: "r", text: "Budget" } }]);
    server.loseNextAnswer = true;
    await alice.flush();
    expect(alice.getSnapshot()).toMatchObject({ status: "offline", dirty: true });
    alice.retry();
    await alice.flush();
    expect(server.log).toHaveLength(1);
    expect(alice.getSnapshot()).toMatchObject({ status: "saved", dirty: false, version: 1 });
    expect(alice.getSnapshot().chart.nodes[0]?.responsibilities).toEqual([{ id: "r", text: "Budget" }]);
  });

  it("once a stalled batch is confirmed (by the stream before its answer), the 'could not save' notice goes", async () => {
    const server = new FakeServer();
    const alice = session(server, "alice-tab");
    alice.apply([{ type: "updateNode", id: "a", patch: { title: "Kept" } }]);
    for (let i = 0; i < 5; i++) {
      server.loseNextAnswer = true;
      await alice.flush();
    }
    expect(alice.getSnapshot()).toMatchObject({ status: "stalled", notice: { kind: "save-failed" } });
    alice.receive(server.log);
    expect(alice.getSnapshot()).toMatchObject({ notice: null, dirty: false, version: 1, status: "saved" });
  });

  it("an edit of a node a colleague deleted meanwhile is dropped and said", async () => {
    const server = new FakeServer();
    const alice = session(server, "alice-tab");
    const bob = session(server, "bob-tab");
    bob.apply([{ type: "removeNode", id: "b" }]);
    await bob.flush();
    alice.apply([{ type: "updateNode", id: "b", patch: { title: "Too late" } }]);
    alice.receive(server.log);
    expect(alice.getSnapshot().notice).toMatchObject({ kind: "refused", reasons: [{ code: "unknown-node", id: "b" }] });
    expect(alice.getSnapshot().dirty).toBe(false);
    expect(alice.getSnapshot().chart.nodes.map((n) => n.id)).toEqual(["a"]);
  });

  it("undo undoes only one's own step, and skips it (with a notice) when a colleague changed the same field since", async () => {
    const server = new FakeServer();
    const alice = session(server, "alice-tab");
    const bob = session(server, "bob-tab");
    alice.apply([{ type: "updateNode", id: "a", patch: { title: "Mine" } }]);
    alice.apply([{ type: "updateNode", id: "b", patch: { title: "Also mine" } }]);
    await alice.flush();
    bob.receive(server.log);
    bob.apply([{ type: "updateNode", id: "b", patch: { title: "Bob's" } }]);
    await bob.flush();
    alice.receive(server.log);
    alice.undo();
    // The step on "b" was overtaken by Bob: skipped; the one on "a" is undone instead.
    expect(alice.getSnapshot().notice).toEqual({ kind: "undo-skipped", count: 1 });
    expect([title(alice, "a"), title(alice, "b")]).toEqual(["A", "Bob's"]);
    await alice.flush();
    expect([server.chart.nodes[0]?.title, server.chart.nodes[1]?.title]).toEqual(["A", "Bob's"]);
  });

  it("a reloaded tab adopts the closed tab's queue under its client id and seq", async () => {
    const server = new FakeServer();
    const before = session(server, "old-tab");
    before.apply([{ type: "updateNode", id: "a", patch: { title: "Sent, answer lost" } }]);
    server.loseNextAnswer = true;
    await before.flush();
    before.apply([{ type: "updateNode", id: "b", patch: { title: "Never sent" } }]);
    const after = session(server, "new-tab");
    expect(after.adopt(before.pending())).toBe(true);
    expect(after.clientId).toBe("old-tab");
    await after.flush();
    await after.flush();
    expect(server.log.map((e) => [e.clientId, e.seq])).toEqual([
      ["old-tab", 1],
      ["old-tab", 2],
    ]);
    expect([title(after, "a"), title(after, "b")]).toEqual(["Sent, answer lost", "Never sent"]);
    expect(after.getSnapshot().dirty).toBe(false);
  });

  it("a Retry asked while a request made before signing in again is out is not lost to that request's 401", async () => {
    const server = new FakeServer();
    const inner = server.transport();
    let signedIn = false;
    let release = () => undefined as void;
    const transport: SyncTransport = {
      ...inner,
      send: async (batch, options) => {
        const withSession = signedIn;
        await new Promise<void>((resolve) => (release = resolve));
        return withSession ? inner.send(batch, options) : { kind: "signed-out" };
      },
    };
    const tab = new ChartSession(start, transport, { clientId: "tab", timers: null });
    tab.apply([{ type: "updateNode", id: "a", patch: { title: "Kept" } }]);
    const before = tab.flush();
    // The user signs in again in another tab and comes back: Retry, while the old request is out.
    signedIn = true;
    tab.retry();
    release();
    await before;
    expect(tab.getSnapshot().status).toBe("saving");
    const after = tab.flush();
    release();
    await after;
    expect(tab.getSnapshot()).toMatchObject({ status: "saved", dirty: false });
    expect(server.chart.nodes[0]?.title).toBe("Kept");
  });

  it("signed in again (a new stream is accepted): the sign-in notice goes, and what was kept is sent", async () => {
    const server = new FakeServer();
    const idle = session(server, "idle");
    idle.signedOutElsewhere();
    expect(idle.getSnapshot()).toMatchObject({ status: "signed-out", notice: { kind: "signed-out" } });
    idle.streamAccepted();
    expect(idle.getSnapshot()).toMatchObject({ status: "saved", notice: null });

    const busy = session(server, "busy");
    busy.apply([{ type: "updateNode", id: "a", patch: { title: "Kept" } }]);
    busy.signedOutElsewhere();
    busy.streamAccepted();
    expect(busy.getSnapshot().status).toBe("saving");
    await busy.flush();
    expect(busy.getSnapshot()).toMatchObject({ status: "saved", dirty: false });
    expect(server.chart.nodes[0]?.title).toBe("Kept");
  });

  it("a re-parent refused because a colleague's move closed a loop is refused whole: the card keeps its manager", async () => {
    const server = new FakeServer();
    server.chart = { ...start, nodes: [...start.nodes, node("c", "C")], edges: [{ id: "ab", source: "a", target: "b", kind: "reports-to" }] };
    const initial = { ...server.chart, id: "c", version: 0 };
    const alice = new ChartSession(initial, server.transport(), { clientId: "alice-tab", timers: null });
    const bob = new ChartSession(initial, server.transport(), { clientId: "bob-tab", timers: null });
    bob.apply([{ type: "addEdge", edge: { id: "bc", source: "b", target: "c", kind: "reports-to" } }]);
    alice.apply([
      { type: "removeEdge", id: "ab" },
      { type: "addEdge", edge: { id: "cb", source: "c", target: "b", kind: "reports-to" } },
    ]);
    await bob.flush();
    await alice.flush();
    expect(server.chart.edges.map((e) => e.id)).toEqual(["ab", "bc"]);
    expect(alice.getSnapshot().chart.edges).toEqual(server.chart.edges);
    expect(alice.getSnapshot().notice).toMatchObject({ kind: "refused", reasons: [{ code: "structure" }] });
  });

  it("replacing the content (an import, a restored version) is one step: Undo brings the chart back whole", async () => {
    const server = new FakeServer();
    const tab = session(server, "tab-restore");
    tab.apply([{ type: "updateNode", id: "a", patch: { title: "Renamed" } }]);
    tab.sealHistory();
    const before = tab.getSnapshot().chart;
    tab.apply(replaceChartOps(before, { nodes: [node("a", "A")], edges: [] }));
    await tab.flush();
    expect(tab.getSnapshot().chart.nodes.map((n) => n.title)).toEqual(["A"]);
    tab.undo();
    expect(tab.getSnapshot().notice).toBeNull();
    expect(tab.getSnapshot().chart.nodes).toEqual(before.nodes);
  });
});
