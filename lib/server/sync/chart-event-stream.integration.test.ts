import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";

let t: TestDatabase;
vi.mock("server-only", () => ({}));
vi.mock("../db", () => ({ db: () => t.db }));

const { chartEventStream } = await import("./chart-event-stream");
const { updatePresence } = await import("./chart-presence");
const { participantOf, streamGrant } = await import("../data/chart-stream-access");
const { requireSessionChartAccess } = await import("../data/access");
const { applyChartBatch } = await import("../data/apply-chart-batch");
const { createChart, deleteChart } = await import("../data/charts");
const { createOrganization } = await import("../data/organizations");
const { createUser, revokeAllSessions } = await import("../data/users");
const { addComment } = await import("../data/chart-comments");
const { acknowledgeFinding } = await import("../data/acknowledgements");

let owner: { userId: string };
let viewer: { userId: string };
let orgId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  owner = { userId: (await createUser(t.db, { email: "o@example.test", name: "Owner", password: "long enough password" })).id };
  viewer = { userId: (await createUser(t.db, { email: "v@example.test", name: "Viewer", password: "long enough password" })).id };
  orgId = (await createOrganization(t.db, owner, "Live")).id;
  await t.db.membership.create({ data: { orgId, userId: viewer.userId, role: "viewer" } });
});
afterAll(async () => t?.drop());

const node = { id: "ceo", title: "CEO", person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] };

/** Reads a stream's events as { event, id, data } until `until` says stop (or the stream ends). */
async function readEvents(stream: ReadableStream<Uint8Array>, until: (events: { event: string; id?: string; data: string }[]) => boolean) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: { event: string; id?: string; data: string }[] = [];
  const deadline = Date.now() + 10_000;
  while (!until(events) && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value);
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]));
      if (fields.event) events.push({ event: fields.event, id: fields.id, data: fields.data ?? "" });
    }
  }
  reader.releaseLock();
  return events;
}

async function openAs(actor: { userId: string }, chartId: string, since?: number, accessCheckMs = 10_000, clientId?: string) {
  // The session of a tab signed in now: it carries the user's current session version.
  const { sessionVersion } = await t.db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { sessionVersion: true } });
  const session = { userId: actor.userId, sessionVersion };
  const grant = streamGrant((await requireSessionChartAccess(t.db, session, chartId, "chart.read")).access, session);
  const controller = new AbortController();
  const participant = clientId === undefined ? null : participantOf({ ...actor, name: "", email: `${clientId}@example.test` }, clientId, grant.canEdit);
  const stream = chartEventStream({ db: t.db, actor, chartId, since: since ?? grant.version, grant, participant, signal: controller.signal, timing: { heartbeatMs: 50, accessCheckMs } });
  return { stream, controller, participant };
}

const presenceOf = (events: { event: string; data: string }[]) => events.filter((e) => e.event === "presence").map((e) => JSON.parse(e.data) as { type: string; participant?: { key: string; selection: string[]; canEdit: boolean }; participants?: { key: string }[]; key?: string });

describe("the chart's live stream", () => {
  it("replays the batches since a version, then streams each new one as applied, with heartbeats", async () => {
    const { id } = await createChart(t.db, owner, orgId, { name: "Live", nodes: [node], edges: [] });
    await applyChartBatch(t.db, owner, id, { clientId: "client-a", seq: 1, ops: [{ type: "updateNode", id: "ceo", patch: { title: "One" } }] });
    await applyChartBatch(t.db, owner, id, { clientId: "client-a", seq: 2, ops: [{ type: "updateNode", id: "ceo", patch: { title: "Two" } }] });
    const { stream, controller } = await openAs(viewer, id, 1);
    setTimeout(() => {
      void applyChartBatch(t.db, owner, id, {
        clientId: "client-b",
        seq: 1,
        ops: [
          { type: "updateNode", id: "ceo", patch: { person: "Anna" } },
          { type: "removeNode", id: "ghost" },
        ],
      });
    }, 100);
    const events = await readEvents(stream, (seen) => seen.filter((e) => e.event === "change").length >= 2 && seen.some((e) => e.event === "heartbeat"));
    controller.abort();
    const changes = events.filter((e) => e.event === "change");
    expect(changes.map((e) => e.id)).toEqual(["2", "3"]);
    expect(JSON.parse(changes[0]!.data)).toMatchObject({ version: 2, clientId: "client-a", seq: 2, actor: { name: "Owner" } });
    // Only the op that applied is sent: the refused removeNode is not.
    expect(JSON.parse(changes[1]!.data).ops).toEqual([{ type: "updateNode", id: "ceo", patch: { person: "Anna" } }]);
  });

  it("ends when the member is removed, when they sign out everywhere, and when the chart is deleted", async () => {
    const { id } = await createChart(t.db, owner, orgId, { name: "Ends", nodes: [node], edges: [] });
    const ended = async (open: Promise<{ stream: ReadableStream<Uint8Array> }>, revoke: () => Promise<unknown>) => {
      const { stream } = await open;
      await revoke();
      const events = await readEvents(stream, (seen) => seen.some((e) => e.event === "end"));
      return events.find((e) => e.event === "end");
    };
    const other = { userId: (await createUser(t.db, { email: "x@example.test", name: "X", password: "long enough password" })).id };
    await t.db.membership.create({ data: { orgId, userId: other.userId, role: "editor" } });
    expect(await ended(openAs(other, id, undefined, 50), () => t.db.membership.delete({ where: { userId_orgId: { userId: other.userId, orgId } } }))).toMatchObject({
      data: JSON.stringify({ reason: "access" }),
    });
    expect(await ended(openAs(viewer, id, undefined, 50), () => revokeAllSessions(t.db, viewer))).toMatchObject({ data: JSON.stringify({ reason: "signed-out" }) });
    expect(await ended(openAs(owner, id, undefined, 50), () => deleteChart(t.db, owner, id))).toMatchObject({ data: JSON.stringify({ reason: "deleted" }) });
  });

  it("tells each tab who is here, what they select, and when they leave; a script that only listens is nobody", async () => {
    const { id } = await createChart(t.db, owner, orgId, { name: "Presence", nodes: [node], edges: [] });
    const listener = await openAs(owner, id);
    const first = await openAs(owner, id, undefined, 10_000, "tab-owner-0001");
    const second = await openAs(viewer, id, undefined, 10_000, "tab-viewer-001");
    const firstReader = first.stream;
    let events = await readEvents(firstReader, (seen) => presenceOf(seen).some((p) => p.type === "update" && p.participant?.key === second.participant!.key));
    const snapshot = presenceOf(events)[0]!;
    expect(snapshot.type).toBe("snapshot");
    expect(snapshot.participants!.map((p) => p.key)).toContain(first.participant!.key);
    expect(snapshot.participants!.some((p) => p.key.endsWith(":undefined") || p.key === "")).toBe(false);
    const joined = presenceOf(events).find((p) => p.participant?.key === second.participant!.key)!;
    expect(joined.participant!.canEdit).toBe(false);

    updatePresence(id, second.participant!, { clientId: "tab-viewer-001", selection: ["ceo"] });
    events = await readEvents(firstReader, (seen) => presenceOf(seen).some((p) => p.participant?.selection.includes("ceo") === true));
    expect(presenceOf(events).find((p) => p.participant?.selection.includes("ceo"))!.participant!.key).toBe(second.participant!.key);

    second.controller.abort();
    events = await readEvents(firstReader, (seen) => presenceOf(seen).some((p) => p.type === "left"));
    expect(presenceOf(events).find((p) => p.type === "left")).toEqual({ type: "left", key: second.participant!.key });

    // The stream opened without a clientId announced nobody: the snapshot a newcomer gets lists only the tabs.
    const third = await openAs(owner, id);
    events = await readEvents(third.stream, (seen) => presenceOf(seen).length > 0);
    expect(presenceOf(events)[0]!.participants!.map((p) => p.key)).toEqual([first.participant!.key]);
    for (const open of [listener, first, third]) open.controller.abort();
  });

  it("says when comments or acknowledgements changed, so that every tab reads them again", async () => {
    const { id } = await createChart(t.db, owner, orgId, { name: "Annotated", nodes: [node], edges: [] });
    const { stream, controller } = await openAs(viewer, id);
    setTimeout(() => {
      void addComment(t.db, viewer, id, { kind: "node", nodeId: "ceo" }, "Live comment").then(() =>
        acknowledgeFinding(t.db, owner, id, { rule: "missing-role", duty: null, nodes: [], role: "CIO" }, "Hiring"),
      );
    }, 100);
    const events = await readEvents(stream, (seen) => seen.filter((e) => e.event === "annotations").length >= 2);
    controller.abort();
    expect(events.filter((e) => e.event === "annotations").map((e) => JSON.parse(e.data) as unknown)).toEqual([{ what: "comments" }, { what: "acknowledgements" }]);
  });
});
