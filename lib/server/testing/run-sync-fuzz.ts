/**
 * The convergence fuzz, modelled on tldraw's syncFuzz: simulated editors (the real ChartSession)
 * against the real server code (applyChartBatch) and a real database, with random edits biased
 * toward conflict, random delays, lost requests and answers, and disconnects. Used by the
 * integration test (many short seeds) and by `npm run bench -- sync` (long runs).
 */
import { opsBatchSchema, type ChartOp } from "../../org/chart-ops";
import { applyOps } from "../../org/apply-ops";
import { findStructureErrors } from "../../org/find-structure-errors";
import type { Chart, OrgNode, VersionedChart } from "../../org/types";
import { ChartSession, type SendOutcome, type SentBatch, type SyncTransport } from "../../sync/chart-session";
import type { ChangeEvent } from "../../sync/protocol";
import type { Db } from "../create-prisma-client";
import type { Actor } from "../data/actor";
import { applyChartBatch } from "../data/apply-chart-batch";
import { readChartChanges } from "../data/chart-changes";
import { createChart } from "../data/charts";
import { loadChart } from "../data/load-chart";
import { seededRandom } from "../../../bench/lib/random";

export interface FuzzOptions {
  /** Random steps (edits, sends, deliveries, undos, disconnects). */
  steps: number;
}

export interface FuzzReport {
  seed: number;
  clients: number;
  versions: number;
  acknowledged: number;
  refused: number;
}

/** A failed invariant, with the seed to pin as a regression test. */
export class FuzzFailure extends Error {
  constructor(seed: number, step: number, message: string) {
    super(`seed ${seed}, step ${step}: ${message}`);
  }
}

interface Client {
  session: ChartSession;
  /** Highest version delivered from the "stream". */
  cursor: number;
  online: boolean;
}

export async function runSyncFuzz(db: Db, actor: Actor, orgId: string, seed: number, options: FuzzOptions): Promise<FuzzReport> {
  const rand = seededRandom(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(items: readonly T[]): T | undefined => items[int(items.length)];
  let fresh = 0;
  const nextId = (prefix: string) => `${prefix}${seed}x${fresh++}`;

  const initial = startingChart(nextId);
  const { id: chartId } = await createChart(db, actor, orgId, initial);
  const start = await loadChart(db, chartId);
  let server: VersionedChart = start;
  const acknowledged = new Set<string>();
  let refused = 0;
  let step = 0;
  const fail = (message: string): never => {
    throw new FuzzFailure(seed, step, message);
  };

  const clients: Client[] = [];
  const count = 2 + int(5);
  for (let i = 0; i < count; i++) {
    const client: Client = { session: undefined as unknown as ChartSession, cursor: 0, online: true };
    const transport: SyncTransport = {
      async send(batch: SentBatch): Promise<SendOutcome> {
        if (!client.online || rand() < 0.08) return { kind: "retry" };
        // Through the wire format and the route's schema, as the browser's batches go.
        const body = opsBatchSchema.parse(JSON.parse(JSON.stringify(batch)));
        const answer = await applyChartBatch(db, actor, chartId, body);
        acknowledged.add(`${batch.clientId}:${batch.seq}`);
        refused += answer.results.filter((r) => r.status === "refused").length;
        if (rand() < 0.1) return { kind: "retry" };
        return { kind: "answer", answer: JSON.parse(JSON.stringify(answer)) as typeof answer };
      },
      load: () => loadChart(db, chartId),
    };
    client.session = new ChartSession(start, transport, { clientId: `fuzz-${seed}-${i}`, timers: null });
    clients.push(client);
  }

  /** Delivers some of the stream's events, in a shuffled order, sometimes twice. */
  const deliver = async (client: Client, all: boolean) => {
    const events = await readChartChanges(db, chartId, client.cursor);
    if (events.length === 0) return;
    const take = all ? events.length : 1 + int(events.length);
    const batch: ChangeEvent[] = events.slice(0, take);
    if (!all && batch.length > 1 && rand() < 0.3) batch.reverse();
    if (!all && rand() < 0.2) batch.push(...batch.slice(0, 1));
    client.session.receive(batch);
    client.cursor = Math.max(client.cursor, ...batch.map((e) => e.version));
  };

  const followServer = async () => {
    const events = await readChartChanges(db, chartId, server.version);
    for (const event of events) {
      const result = applyOps(server, event.ops);
      if (!result.ok) fail(`the log does not replay at version ${event.version}: ${result.error.code}`);
      else server = { ...result.chart, version: event.version };
    }
    const errors = findStructureErrors(server);
    if (errors.length > 0) fail(`the server's chart is not a forest: ${JSON.stringify(errors[0])}`);
  };

  for (step = 0; step < options.steps; step++) {
    const client = pick(clients) as Client;
    const roll = rand();
    if (roll < 0.5) {
      const ops = randomGesture(client.session.getSnapshot().chart, rand, nextId);
      if (ops.length > 0) client.session.apply(ops, rand() < 0.3 ? { coalesceKey: "typing" } : {});
    } else if (roll < 0.58) {
      if (rand() < 0.6) client.session.undo();
      else client.session.redo();
    } else if (roll < 0.8) {
      await client.session.flush();
      // Only a send changes the server.
      await followServer();
    } else if (roll < 0.96) {
      if (client.online) await deliver(client, false);
    } else {
      client.online = !client.online;
    }
    const local = findStructureErrors(client.session.getSnapshot().chart);
    if (local.length > 0) fail(`a client's chart is not a forest: ${JSON.stringify(local[0])}`);
  }

  // Everyone reconnects and settles: send until nothing is pending, then read the whole stream.
  for (const client of clients) client.online = true;
  for (let round = 0; round < 40 && clients.some((c) => c.session.getSnapshot().dirty); round++) {
    for (const client of clients) {
      client.session.retry();
      await client.session.flush();
    }
  }
  if (clients.some((c) => c.session.getSnapshot().dirty)) fail("edits still pending after settling");
  for (const client of clients) await deliver(client, true);
  await followServer();

  const stored = await loadChart(db, chartId);
  const content = (chart: Chart) => ({ name: chart.name, nodes: chart.nodes, edges: chart.edges });
  if (!sameJson(content(stored), content(server))) fail(`the stored chart differs from a replay of the log: ${firstDifference(content(stored), content(server))}`);
  clients.forEach((client, i) => {
    const snapshot = client.session.getSnapshot();
    if (snapshot.version !== stored.version) fail(`client ${i} is at version ${snapshot.version}, the server at ${stored.version}`);
    if (!sameJson(content(snapshot.chart), content(stored))) fail(`client ${i} differs from the server: ${firstDifference(content(snapshot.chart), content(stored))}`);
  });

  const log = await db.chartChange.findMany({ where: { chartId }, select: { clientId: true, seq: true } });
  const logged = new Map<string, number>();
  for (const row of log) if (row.clientId !== null) logged.set(`${row.clientId}:${row.seq}`, (logged.get(`${row.clientId}:${row.seq}`) ?? 0) + 1);
  for (const key of acknowledged) if (logged.get(key) !== 1) fail(`acknowledged batch ${key} is in the log ${logged.get(key) ?? 0} times`);

  return { seed, clients: count, versions: stored.version, acknowledged: acknowledged.size, refused };
}

/** Compares as the wire does (an undefined `duty` is no key), whatever the order of keys. */
function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
}

function firstDifference(a: ReturnType<typeof Object>, b: ReturnType<typeof Object>): string {
  const left = canonical(a);
  const right = canonical(b);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return `…${left.slice(Math.max(0, i - 120), i + 80)} ≠ …${right.slice(Math.max(0, i - 120), i + 80)}`;
}

function startingChart(nextId: (prefix: string) => string): Chart {
  const nodes: OrgNode[] = Array.from({ length: 6 }, (_, i) => ({
    id: `n${i}`,
    title: `Role ${i}`,
    person: null,
    role: null,
    kind: "role",
    position: { x: i * 10, y: 0 },
    collapsed: false,
    responsibilities: [0, 1].map((k) => ({ id: nextId("r"), text: `Duty ${k}` })),
  }));
  const managers = [null, "n0", "n0", "n1", "n1", "n2"];
  const edges = nodes.flatMap((node, i) => {
    const manager = managers[i];
    return manager ? [{ id: nextId("e"), source: manager, target: node.id, kind: "reports-to" as const }] : [];
  });
  return { name: "Fuzz", nodes, edges };
}

/** An edit like a user's, biased toward conflict: few nodes, the same fields, moves that may close loops. */
function randomGesture(chart: Chart, rand: () => number, nextId: (prefix: string) => string): ChartOp[] {
  const int = (n: number) => Math.floor(rand() * n);
  const node = chart.nodes[int(chart.nodes.length)];
  const other = chart.nodes[int(chart.nodes.length)];
  if (node === undefined || chart.nodes.length < 3) {
    return [{ type: "addNode", node: { id: nextId("n"), title: "New", person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] } }];
  }
  const item = node.responsibilities[int(node.responsibilities.length)];
  switch (int(12)) {
    case 0:
      return [{ type: "updateNode", id: node.id, patch: { title: `T${int(4)}` } }];
    case 1:
      return [{ type: "updateNode", id: node.id, patch: { person: rand() < 0.3 ? null : `P${int(4)}` } }];
    case 2: {
      // Re-parent: remove the current reports-to line, add one to another node (maybe a loop).
      if (other === undefined || other.id === node.id) return [];
      const ops: ChartOp[] = chart.edges.filter((e) => e.kind === "reports-to" && e.target === node.id).map((e) => ({ type: "removeEdge", id: e.id }));
      ops.push({ type: "addEdge", edge: { id: nextId("e"), source: other.id, target: node.id, kind: "reports-to" } });
      return ops;
    }
    case 3:
      return [{ type: "removeNode", id: node.id }];
    case 4: {
      const id = nextId("n");
      return [
        { type: "addNode", node: { id, title: "Report", person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] } },
        { type: "addEdge", edge: { id: nextId("e"), source: node.id, target: id, kind: "reports-to" } },
      ];
    }
    case 5:
      return [{ type: "addResponsibility", nodeId: node.id, responsibility: { id: nextId("r"), text: `New ${int(9)}` }, index: int(3) }];
    case 6:
      return item ? [{ type: "setResponsibilityText", nodeId: node.id, id: item.id, text: `Text ${int(5)}` }] : [];
    case 7:
      return item ? [{ type: "setResponsibilityDuty", nodeId: node.id, id: item.id, ...(rand() < 0.3 ? {} : { duty: rand() < 0.5 ? null : "cio.technology-vendors" }) }] : [];
    case 8:
      return item ? [{ type: "moveResponsibility", nodeId: node.id, id: item.id, index: int(4) }] : [];
    case 9:
      return item ? [{ type: "removeResponsibility", nodeId: node.id, id: item.id }] : [];
    case 10:
      return [{ type: "moveNodes", moves: [{ id: node.id, position: { x: int(500), y: int(500) } }] }];
    default:
      return rand() < 0.5
        ? [{ type: "renameChart", name: `Chart ${int(3)}` }]
        : other && other.id !== node.id
          ? [{ type: "addEdge", edge: { id: nextId("e"), source: other.id, target: node.id, kind: "dotted" } }]
          : [];
  }
}
