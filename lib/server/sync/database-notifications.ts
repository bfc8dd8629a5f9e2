import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { resolveDatabase, type DatabaseTarget } from "../../../prisma/resolve-database";
import { db } from "../db";

/**
 * Messages between app instances, through the database they share: no broker of our own.
 *
 * `publish` reaches every subscriber of the channel on every instance exactly once while the
 * instances are connected: this instance's at once, in-process, and the others' through
 * PostgreSQL's NOTIFY, read on one dedicated LISTEN connection per instance that reconnects with
 * backoff. An instance skips the echo of its own messages. On SQLite there is one process, so
 * in-process delivery is all there is.
 *
 * Delivery is best effort: after the LISTEN connection was down, `onResync` callbacks run so that
 * each user of a channel can catch up from the truth (the change log) or re-announce itself.
 */
const MAX_BACKOFF_MS = 10_000;
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD = 7_900;

type Handler = (payload: string) => void;

interface Hub {
  instance: string;
  target: DatabaseTarget;
  handlers: Map<string, Set<Handler>>;
  resyncs: Set<() => void>;
  listener: pg.Client | null;
  /** The notifications this instance is sending on `listener`, one after another. */
  notifying: Promise<void>;
  connecting: boolean;
  backoff: number;
}

// One hub per process; Next may evaluate this module more than once.
const globalForHub = globalThis as unknown as { orgplanNotificationHub?: Hub };

function hub(): Hub {
  globalForHub.orgplanNotificationHub ??= {
    instance: randomUUID(),
    target: resolveDatabase(),
    handlers: new Map(),
    resyncs: new Set(),
    listener: null,
    notifying: Promise.resolve(),
    connecting: false,
    backoff: 500,
  };
  return globalForHub.orgplanNotificationHub;
}

/** True when other instances may share the database (PostgreSQL). */
export function sharedDatabase(): boolean {
  return hub().target.provider === "postgresql";
}

/** Calls `handler` with every message published on `channel`, until the returned function is called. */
export function subscribe(channel: string, handler: Handler): () => void {
  const current = hub();
  let set = current.handlers.get(channel);
  if (set === undefined) {
    current.handlers.set(channel, (set = new Set()));
    current.listener?.query(`LISTEN ${channel}`).catch(() => undefined);
  }
  set.add(handler);
  ensureListening(current);
  return () => {
    set.delete(handler);
  };
}

/** Runs `callback` each time the LISTEN connection is (re-)established: messages may have been missed. */
export function onResync(callback: () => void): () => void {
  const current = hub();
  current.resyncs.add(callback);
  return () => current.resyncs.delete(callback);
}

export function publish(channel: string, payload: string): void {
  const current = hub();
  deliver(current, channel, payload);
  if (current.target.provider !== "postgresql") return;
  const message = `${current.instance}|${payload}`;
  if (Buffer.byteLength(message) > MAX_PAYLOAD) throw new Error(`Notification on ${channel} is too large (${Buffer.byteLength(message)} bytes)`);
  // A lost notification costs the other instances latency (they poll or time out), never data.
  // The listening connection sends it when it is up: one plain query, without Prisma's cost, on
  // every commit of a workshop. One at a time: a pg client must not be given a query while another runs.
  const listener = current.listener;
  if (listener === null) {
    db().$executeRawUnsafe("SELECT pg_notify($1, $2)", channel, message).catch(() => undefined);
    return;
  }
  current.notifying = current.notifying.then(() => listener.query("SELECT pg_notify($1, $2)", [channel, message])).then(
    () => undefined,
    () => undefined,
  );
}

function deliver(current: Hub, channel: string, payload: string): void {
  for (const handler of current.handlers.get(channel) ?? []) {
    try {
      handler(payload);
    } catch {
      // One subscriber's failure must not keep the message from the others.
    }
  }
}

function ensureListening(current: Hub): void {
  if (current.listener !== null || current.connecting || current.target.provider !== "postgresql") return;
  current.connecting = true;
  const target = current.target;
  const client = new pg.Client({ host: target.host, port: target.port, user: target.user, password: target.password, database: target.database });
  const retry = () => {
    client.removeAllListeners();
    client.end().catch(() => undefined);
    if (current.listener === client) current.listener = null;
    current.connecting = false;
    const delay = current.backoff;
    current.backoff = Math.min(current.backoff * 2, MAX_BACKOFF_MS);
    setTimeout(() => ensureListening(current), delay).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    const text = message.payload ?? "";
    const bar = text.indexOf("|");
    if (bar < 0 || text.slice(0, bar) === current.instance) return;
    deliver(current, message.channel, text.slice(bar + 1));
  });
  client
    .connect()
    .then(async () => {
      for (const channel of current.handlers.keys()) await client.query(`LISTEN ${channel}`);
    })
    .then(() => {
      current.listener = client;
      current.connecting = false;
      current.backoff = 500;
      for (const resync of current.resyncs) resync();
    })
    .catch(retry);
}
