import "server-only";
import {
  PRESENCE_REFRESH_MS,
  PRESENCE_TIMEOUT_MS,
  applyPresenceUpdate,
  type Participant,
  type PresenceEvent,
  type PresenceUpdate,
} from "../../sync/presence";
import { onResync, publish, sharedDatabase, subscribe } from "./database-notifications";

/**
 * Who is present on each chart, as this instance knows it. Presence is never stored: each
 * participant belongs to the instance that holds its event stream ("local"), which announces it
 * when it joins, re-announces it every few seconds, and says when it leaves. Other instances
 * learn of it through database notifications and forget it when the re-announcements stop
 * (its instance died). An update may arrive at any instance (a tab's POST is not tied to the
 * instance of its stream); it is published to all, and the owning instance keeps the latest.
 */
const CHANNEL = "orgplan_presence";

type Message = { chartId: string; event: PresenceEvent } | { chartId: string; hello: true };
type Listener = (event: PresenceEvent) => void;

interface Entry {
  participant: Participant;
  /** Event streams on this instance that hold this participant (a reconnecting tab may briefly have two). */
  holders: number;
  seen: number;
}

interface Registry {
  charts: Map<string, Map<string, Entry>>;
  listeners: Map<string, Set<Listener>>;
}

const globalForPresence = globalThis as unknown as { orgplanPresence?: Registry };

function registry(): Registry {
  if (globalForPresence.orgplanPresence) return globalForPresence.orgplanPresence;
  const created: Registry = { charts: new Map(), listeners: new Map() };
  globalForPresence.orgplanPresence = created;
  subscribe(CHANNEL, (payload) => {
    try {
      receive(created, JSON.parse(payload) as Message);
    } catch {
      // A malformed message from another instance is dropped; presence heals on the next refresh.
    }
  });
  // Messages may have been missed while not listening: announce ours, and ask for the others'.
  onResync(() => {
    for (const chartId of created.charts.keys()) {
      announce(created, chartId);
      publish(CHANNEL, JSON.stringify({ chartId, hello: true } satisfies Message));
    }
  });
  setInterval(() => refresh(created), PRESENCE_REFRESH_MS).unref();
  return created;
}

/**
 * A stream joins the chart's presence: its participant (if the stream belongs to a tab) is
 * announced, `listener` gets every presence event of the chart from now on, and the answer holds
 * everyone already known.
 */
export function joinPresence(chartId: string, participant: Participant | null, listener: Listener): { snapshot: Participant[]; leave: () => void } {
  const current = registry();
  let listeners = current.listeners.get(chartId);
  if (listeners === undefined) current.listeners.set(chartId, (listeners = new Set()));
  listeners.add(listener);
  if (participant !== null) {
    // A tab that reconnects keeps what it had selected and where it looked.
    const earlier = chartEntries(current, chartId).get(participant.key);
    const joined = earlier === undefined ? participant : { ...participant, selection: earlier.participant.selection, cursor: earlier.participant.cursor, view: earlier.participant.view, presenting: earlier.participant.presenting };
    send(chartId, { type: "update", participant: joined });
    entryFor(current, chartId, joined).holders += 1;
  }
  // Other instances re-announce their participants so this stream sees them at once.
  if (sharedDatabase()) publish(CHANNEL, JSON.stringify({ chartId, hello: true } satisfies Message));
  const snapshot = [...chartEntries(current, chartId).values()].map((entry) => entry.participant);
  return {
    snapshot,
    leave: () => {
      listeners.delete(listener);
      if (listeners.size === 0) current.listeners.delete(chartId);
      if (participant === null) return;
      const entry = chartEntries(current, chartId).get(participant.key);
      if (entry === undefined) return;
      entry.holders = Math.max(0, entry.holders - 1);
      if (entry.holders === 0) send(chartId, { type: "left", key: participant.key });
    },
  };
}

/**
 * A tab's update, received by whichever instance: `base` is the participant as this request's
 * user would be announced (name, colour, rights), used when this instance has not heard of the
 * tab yet.
 */
export function updatePresence(chartId: string, base: Participant, update: PresenceUpdate): void {
  const current = registry();
  const known = chartEntries(current, chartId).get(base.key)?.participant ?? base;
  send(chartId, { type: "update", participant: applyPresenceUpdate(known, update) });
  if (update.summon) send(chartId, { type: "summon", key: base.key, view: update.view ?? known.view });
}

function send(chartId: string, event: PresenceEvent): void {
  publish(CHANNEL, JSON.stringify({ chartId, event } satisfies Message));
}

function receive(current: Registry, message: Message): void {
  const { chartId } = message;
  if ("hello" in message) return announce(current, chartId);
  const { event } = message;
  if (event.type === "update") {
    const entry = current.charts.get(chartId)?.get(event.participant.key);
    const unchanged = entry !== undefined && JSON.stringify(entry.participant) === JSON.stringify(event.participant);
    const updated = entryFor(current, chartId, event.participant);
    updated.seen = Date.now();
    // A re-announcement that changes nothing only keeps the participant alive.
    if (unchanged) return;
  } else if (event.type === "left") {
    const chart = current.charts.get(chartId);
    const entry = chart?.get(event.key);
    if (chart === undefined || entry === undefined) return;
    // Its old stream ended elsewhere, but the tab is connected here now: it stays.
    if (entry.holders > 0) return send(chartId, { type: "update", participant: entry.participant });
    chart.delete(event.key);
    if (chart.size === 0) current.charts.delete(chartId);
  }
  for (const listener of current.listeners.get(chartId) ?? []) listener(event);
}

function entryFor(current: Registry, chartId: string, participant: Participant): Entry {
  let chart = current.charts.get(chartId);
  if (chart === undefined) current.charts.set(chartId, (chart = new Map()));
  const entry = chart.get(participant.key);
  if (entry !== undefined) {
    entry.participant = participant;
    return entry;
  }
  const created = { participant, holders: 0, seen: Date.now() };
  chart.set(participant.key, created);
  return created;
}

function chartEntries(current: Registry, chartId: string): ReadonlyMap<string, Entry> {
  return current.charts.get(chartId) ?? new Map<string, Entry>();
}

/** This instance's own participants of a chart, announced again; unchanged ones only stay alive elsewhere. */
function announce(current: Registry, chartId: string): void {
  for (const entry of chartEntries(current, chartId).values()) {
    if (entry.holders > 0) send(chartId, { type: "update", participant: entry.participant });
  }
}

function refresh(current: Registry): void {
  const now = Date.now();
  for (const chartId of [...current.charts.keys()]) {
    announce(current, chartId);
    for (const entry of [...chartEntries(current, chartId).values()]) {
      if (entry.holders === 0 && now - entry.seen > PRESENCE_TIMEOUT_MS) receive(current, { chartId, event: { type: "left", key: entry.participant.key } });
    }
  }
}
