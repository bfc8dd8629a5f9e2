/**
 * A live workshop over HTTP: participants (real invited members, each signed in) send one-field
 * edits at a fixed rate to one chart through production servers (`next start`), each listening on
 * the chart's event stream. On PostgreSQL two app instances share the participants. Used by
 * `npm run bench -- workshop` (20 participants × 5 edits/s × 60 s) and, short, by
 * e2e/workshop.spec.ts in `npm test`.
 *
 * Each participant sends the way the editor does (lib/sync/chart-session.ts): one request in
 * flight at a time, and the edits made while it is out go together in the next batch. Edits are
 * made on a fixed clock whatever the server's pace, and every latency is measured from the moment
 * the edit was made, so time spent waiting behind the participant's previous request counts.
 *
 * The client is plain node:http (keep-alive sockets, a hand-parsed event stream), so that the
 * servers, not the bench, are what is measured. WORKSHOP_KEEPALIVE=0 opens a connection per
 * request instead.
 */
import http from "node:http";
import os from "node:os";
import { randomBytes } from "node:crypto";
import type { ChartOp } from "../../lib/org/chart-ops";
import type { Db } from "../../lib/server/create-prisma-client";
import { createChart } from "../../lib/server/data/charts";
import { acceptInvitation, createInvitation } from "../../lib/server/data/organizations";
import { DEMO_EMAIL } from "../../lib/server/demo";
import { hashPassword } from "../../lib/server/password";
import type { BatchAnswer, ChangeEvent } from "../../lib/sync/protocol";
import { generateChart } from "../canvas-chart";
import { signIn } from "../sync-http";
import { startAppServers } from "./app-servers";

export interface WorkshopOptions {
  engine: "sqlite" | "postgres";
  participants: number;
  seconds: number;
  editsPerSecond: number;
  nodes: number;
  /** One port per app instance: SQLite uses the first, PostgreSQL the first two. */
  ports: number[];
  log?: (line: string) => void;
}

export interface WorkshopResult {
  instances: number;
  sent: number;
  acknowledged: number;
  /** Acknowledged, but missing from the final chart or from a participant's stream. */
  lost: number;
  /** Requests without a 200 answer (or with a refused op), and streams that failed or dropped. */
  errors: number;
  ackP95: number;
  propagationP50: number;
  propagationP95: number;
  problems: string[];
}

const PASSWORD = "workshop password 2026";
const WARMUP_EDITS = 5;

interface Edit {
  participant: number;
  nodeId: string;
  title: string;
  /** When the participant made it. */
  madeAt: number;
  /** The batch that carried it, and its place in that batch's ops. */
  seq?: number;
  opIndex?: number;
  ackAt?: number;
  version?: number;
}

/** The most edits one request carries, as the editor's request limits would. */
const MAX_BATCH_EDITS = 50;

interface Received {
  at: number;
  clientId: string | null;
  seq: number | null;
  ops: ChartOp[];
}

interface Participant {
  index: number;
  instance: number;
  base: string;
  cookie: string;
  clientId: string;
  nodes: string[];
  seq: number;
  /** Edits made and not yet sent, and whether a request is out. */
  queued: Edit[];
  sending: Promise<void> | null;
  /** The newest version this participant has seen (stream or answer): its next batch's base. */
  version: number;
  /** The newest version its stream delivered. */
  streamed: number;
  received: Map<number, Received>;
  agent: http.Agent;
  stream: http.ClientRequest | null;
}

export async function workshopRun(options: WorkshopOptions): Promise<WorkshopResult> {
  const log = options.log ?? (() => undefined);
  const instances = options.engine === "postgres" ? 2 : 1;
  if (options.ports.length < instances) throw new Error(`the workshop on ${options.engine} needs ${instances} ports`);
  const app = await startAppServers(options.engine, options.ports.slice(0, instances), log);
  const servers = app.servers;
  const participants: Participant[] = [];
  let stopping = false;
  try {
    const { chartId, emails } = await prepare(app.db, options);
    log(`${instances} instance(s) up; signing in ${emails.length} participants`);

    const start = await Promise.all(
      emails.map(async (email, index) => {
        const instance = index % instances;
        const base = servers[instance]!.baseUrl;
        return { index, instance, base, cookie: (await signIn(base, email, PASSWORD)).cookie };
      }),
    );
    const chart = await getJson<{ chart: { version: number; nodes: { id: string }[] } }>(start[0]!.base, start[0]!.cookie, `/api/charts/${chartId}`);
    // Every instance serves the chart once before the run, as each participant's editor would.
    await Promise.all(start.map((s) => getJson(s.base, s.cookie, `/api/charts/${chartId}`)));
    const nodeIds = chart.chart.nodes.map((n) => n.id);
    for (const s of start) {
      participants.push({
        ...s,
        clientId: `workshop-${s.index}-${randomBytes(4).toString("hex")}`,
        nodes: nodeIds.filter((_, k) => k % emails.length === s.index),
        seq: 0,
        queued: [],
        sending: null,
        version: chart.chart.version,
        streamed: chart.chart.version,
        received: new Map(),
        agent: new http.Agent({ keepAlive: process.env.WORKSHOP_KEEPALIVE !== "0", maxSockets: 8 }),
        stream: null,
      });
    }

    // A warm-up on every instance first (routes loaded, JIT settled), not counted: each participant
    // sends a few edits one after another. The measured run starts from the version after it.
    for (let k = 0; k < WARMUP_EDITS; k++) {
      await Promise.all(participants.map((p) => makeEdit(p, chartId, -1 - k, [], (text) => log(`warm-up: ${text}`))));
    }
    const startVersion = (await getJson<{ chart: { version: number } }>(participants[0]!.base, participants[0]!.cookie, `/api/charts/${chartId}`)).chart.version;
    for (const p of participants) p.streamed = p.version = startVersion;

    let errors = 0;
    const problems: string[] = [];
    const problem = (text: string) => {
      errors += 1;
      if (problems.length < 20) problems.push(text);
    };
    await Promise.all(participants.map((p) => openStream(p, chartId, startVersion, () => stopping, problem)));

    // Open loop: edit k of participant i is made at a fixed time whatever the server's pace, so a
    // slow server shows as latency rather than as fewer edits.
    const period = 1000 / options.editsPerSecond;
    const perParticipant = Math.floor(options.seconds * options.editsPerSecond);
    const edits: Edit[] = [];
    const t0 = performance.now() + 100;
    log(`sending ${perParticipant} edits from each participant over ${options.seconds} s`);
    await new Promise<void>((resolve) => {
      let pending = participants.length;
      for (const p of participants) {
        let k = 0;
        const tick = () => {
          if (k >= perParticipant) {
            if (--pending === 0) resolve();
            return;
          }
          void makeEdit(p, chartId, k, edits, problem);
          k += 1;
          const due = t0 + (p.index / participants.length) * period + k * period;
          setTimeout(tick, Math.max(0, due - performance.now()));
        };
        setTimeout(tick, Math.max(0, t0 + (p.index / participants.length) * period - performance.now()));
      }
    });
    while (participants.some((p) => p.sending !== null)) await Promise.all(participants.map((p) => p.sending));
    const acked = edits.filter((e) => e.version !== undefined);
    const last = Math.max(startVersion, ...acked.map((e) => e.version as number));
    log(`${acked.length}/${edits.length} acknowledged up to version ${last}; waiting for every stream to reach it (load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
    const deadline = Date.now() + 30_000;
    while (participants.some((p) => p.streamed < last) && Date.now() < deadline) await sleep(50);
    stopping = true;
    for (const p of participants) p.stream?.destroy();

    const final = await getJson<{ chart: { version: number; nodes: { id: string; title: string }[] } }>(participants[0]!.base, participants[0]!.cookie, `/api/charts/${chartId}`);
    const lost = findLost(acked, participants, final.chart, problems);
    const propagation: number[] = [];
    for (const e of acked) {
      const sender = participants[e.participant]!;
      for (const r of participants) {
        if (r === sender || (instances > 1 && r.instance === sender.instance)) continue;
        const got = r.received.get(e.version as number);
        if (got !== undefined) propagation.push(got.at - e.madeAt);
      }
    }
    // Where the slow deliveries were: a steady crawl, or a few stalls (a pause of the server or of the bench).
    const slowest = new Map<number, number>();
    for (const e of acked) {
      const second = Math.floor((e.madeAt - t0) / 1000);
      const sender = participants[e.participant]!;
      const worst = Math.max(0, ...participants.filter((r) => r !== sender).map((r) => (r.received.get(e.version as number)?.at ?? e.madeAt) - e.madeAt));
      slowest.set(second, Math.max(slowest.get(second) ?? 0, worst));
    }
    log(`propagation p99 ${percentile(propagation, 0.99).toFixed(0)} ms, max ${Math.max(...propagation).toFixed(0)} ms; worst delivery per second of the run: ${[...slowest.values()].map((v) => v.toFixed(0)).join(" ")}`);
    return {
      instances,
      sent: edits.length,
      acknowledged: acked.length,
      lost,
      errors,
      ackP95: percentile(acked.map((e) => (e.ackAt as number) - e.madeAt), 0.95),
      propagationP50: percentile(propagation, 0.5),
      propagationP95: percentile(propagation, 0.95),
      problems,
    };
  } finally {
    stopping = true;
    for (const p of participants) {
      p.stream?.destroy();
      p.agent.destroy();
    }
    await app.stop();
  }
}

/** The demo organisation, a chart of `nodes` cards, and the participants invited into it as editors. */
async function prepare(db: Db, options: WorkshopOptions) {
  const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO_EMAIL }, select: { id: true, memberships: { select: { orgId: true } } } });
  const owner = { userId: demo.id };
  const orgId = demo.memberships[0]!.orgId;
  const { id: chartId } = await createChart(db, owner, orgId, { ...generateChart(options.nodes), name: "Workshop" });
  // The facilitator shares one invitation link; everyone joins through it.
  const { token } = await createInvitation(db, owner, orgId, "editor");
  // One hash for all: bcrypt is slow on purpose, and the bench is not about sign-up.
  const passwordHash = await hashPassword(PASSWORD);
  const emails: string[] = [];
  for (let i = 0; i < options.participants; i++) {
    const email = `participant-${i + 1}@workshop.test`;
    const user = await db.user.create({ data: { email, name: `Participant ${i + 1}`, passwordHash }, select: { id: true } });
    await acceptInvitation(db, { userId: user.id, email }, token);
    emails.push(email);
  }
  return { chartId, emails };
}

/** The participant edits a card's title; it goes out now, or with the next batch if a request is out. */
function makeEdit(p: Participant, chartId: string, k: number, edits: Edit[], problem: (text: string) => void): Promise<void> {
  const nodeId = p.nodes[Math.abs(k) % p.nodes.length] as string;
  const edit: Edit = { participant: p.index, nodeId, title: `P${p.index + 1} edit ${k}`, madeAt: performance.now() };
  edits.push(edit);
  p.queued.push(edit);
  p.sending ??= sendQueued(p, chartId, problem).finally(() => (p.sending = null));
  return p.sending;
}

async function sendQueued(p: Participant, chartId: string, problem: (text: string) => void): Promise<void> {
  while (p.queued.length > 0) {
    const batch = p.queued.splice(0, MAX_BATCH_EDITS);
    const seq = ++p.seq;
    batch.forEach((edit, i) => Object.assign(edit, { seq, opIndex: i }));
    const ops: ChartOp[] = batch.map((edit) => ({ type: "updateNode", id: edit.nodeId, patch: { title: edit.title } }));
    // Like the editor, a failed request is sent again as it was (same seq): the server applies it once.
    for (let attempt = 1; ; attempt++) {
      const failure = await sendBatch(p, chartId, seq, ops, batch);
      if (failure === null) break;
      problem(`participant ${p.index + 1} seq ${seq}: ${failure}`);
      if (attempt === 3) break;
    }
  }
}

/** null when the batch was acknowledged with every op applied; otherwise what went wrong. */
async function sendBatch(p: Participant, chartId: string, seq: number, ops: ChartOp[], batch: Edit[]): Promise<string | null> {
  const body = JSON.stringify({ clientId: p.clientId, seq, baseVersion: p.version, ops });
  try {
    const { status, text } = await request(p, "POST", `/api/charts/${chartId}/ops`, body);
    if (status !== 200) return `HTTP ${status} ${text.slice(0, 200)}`;
    const answer = JSON.parse(text) as BatchAnswer;
    const refused = answer.results.find((r) => r.status !== "applied");
    if (refused !== undefined) return `refused ${JSON.stringify(refused)}`;
    const at = performance.now();
    for (const edit of batch) Object.assign(edit, { ackAt: at, version: answer.version });
    p.version = Math.max(p.version, answer.version);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

function request(p: Participant, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { cookie: p.cookie };
    if (body !== undefined) Object.assign(headers, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    const req = http.request(`${p.base}${path}`, { method, headers, agent: p.agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error("no answer within 60 s")));
    req.on("error", reject);
    req.end(body);
  });
}

async function getJson<T>(base: string, cookie: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The participant's event stream, reconnecting from the last version it got when it drops (a
 * drop counts as an error). Resolves once the stream is open. Only `change` events are read;
 * every other event type (ready, heartbeat, presence, …) is ignored.
 */
function openStream(p: Participant, chartId: string, since: number, stopping: () => boolean, problem: (text: string) => void): Promise<void> {
  return new Promise((resolve) => {
    let opened = false;
    const reopen = (why: string) => {
      if (stopping()) return;
      problem(`participant ${p.index + 1}: stream ${why}`);
      setTimeout(() => void openStream(p, chartId, p.streamed, stopping, problem), 200);
    };
    const req = http.get(`${p.base}/api/charts/${chartId}/events`, { headers: { cookie: p.cookie, accept: "text/event-stream", "last-event-id": String(since) }, agent: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        resolve();
        return reopen(`answered ${res.statusCode}`);
      }
      opened = true;
      resolve();
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          receive(p, buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      });
      res.on("close", () => reopen("closed"));
    });
    req.on("error", (error) => {
      if (!opened) resolve();
      reopen(`failed: ${error.message}`);
    });
    p.stream = req;
  });
}

function receive(p: Participant, block: string): void {
  const at = performance.now();
  let event = "message";
  let data = "";
  for (const line of block.split("\n")) {
    if (line.startsWith("event:")) event = line.slice(6).trim();
    else if (line.startsWith("data:")) data += line.slice(5).trim();
  }
  if (event !== "change") return;
  const change = JSON.parse(data) as ChangeEvent;
  if (!p.received.has(change.version)) p.received.set(change.version, { at, clientId: change.clientId, seq: change.seq, ops: change.ops });
  p.streamed = Math.max(p.streamed, change.version);
  p.version = Math.max(p.version, change.version);
}

/**
 * An acknowledged edit is lost when a participant's stream lacks its version (or carries another
 * batch under it), or when it is the last change the log shows for its card and the final chart
 * does not have its title.
 */
function findLost(acked: Edit[], participants: Participant[], final: { nodes: { id: string; title: string }[] }, problems: string[]): number {
  // The last write of each card: its version and its place among that batch's ops.
  const lastTouch = new Map<string, string>();
  const order = new Map<string, number>();
  for (const p of participants) {
    for (const [version, change] of p.received) {
      change.ops.forEach((op, i) => {
        const rank = version * 1_000 + i;
        if (op.type === "updateNode" && rank > (order.get(op.id) ?? -1)) {
          order.set(op.id, rank);
          lastTouch.set(op.id, `${version}:${i}`);
        }
      });
    }
  }
  const titles = new Map(final.nodes.map((n) => [n.id, n.title]));
  let lost = 0;
  for (const e of acked) {
    const client = participants[e.participant]!.clientId;
    const missing = participants.find((p) => {
      const got = p.received.get(e.version as number);
      return got === undefined || got.clientId !== client || got.seq !== e.seq;
    });
    const overwritten = lastTouch.get(e.nodeId) === `${e.version}:${e.opIndex}` && titles.get(e.nodeId) !== e.title;
    if (missing === undefined && !overwritten) continue;
    lost += 1;
    if (problems.length < 20) problems.push(`lost: ${e.title} (version ${e.version})${missing ? ` not on participant ${missing.index + 1}'s stream` : " not in the final chart"}`);
  }
  return lost;
}

function percentile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
