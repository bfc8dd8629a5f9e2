import { z } from "zod";
import { clientIdSchema } from "../org/chart-ops";
import { CHART_LIMITS as L } from "../org/limits";

/**
 * Presence: who is looking at a chart right now, what they have selected, where their pointer
 * and their view are. It is ephemeral: never written to the database, never in the chart's log.
 * The server keys each participant by the signed-in user and the tab's clientId, so nobody can
 * speak for someone else; a participant lives as long as its event stream (plus a short time-out
 * when the instance holding that stream disappears).
 */

/** Selections drawn for others are capped: an outline on 10,000 cards helps nobody. */
export const PRESENCE_MAX_SELECTION = 50;
/** A participant not heard of for this long is gone (its instance died without saying so). */
export const PRESENCE_TIMEOUT_MS = 30_000;
/** Each instance re-announces its own participants this often, well within the time-out. */
export const PRESENCE_REFRESH_MS = 10_000;

const coordinate = z.number().finite().min(-L.coordinate).max(L.coordinate);
const extent = z.number().finite().positive().max(L.coordinate * 2);
export const pointSchema = z.object({ x: coordinate, y: coordinate });
/** The part of the chart a participant sees, in chart coordinates (what a follower fits to). */
export const viewRectSchema = z.object({ x: coordinate, y: coordinate, width: extent, height: extent });

/** What a tab tells the server about itself (POST /api/charts/:id/presence). Absent fields are unchanged. */
export const presenceUpdateSchema = z
  .object({
    clientId: clientIdSchema,
    selection: z.array(z.string().min(1).max(L.id)).max(PRESENCE_MAX_SELECTION).optional(),
    cursor: pointSchema.nullable().optional(),
    view: viewRectSchema.nullable().optional(),
    /** "Bring everyone to me": owners and editors only; everyone else starts following this tab. */
    summon: z.literal(true).optional(),
    /** Presentation mode: the finding (its key) this tab is presenting, or null when it stops. */
    presenting: z.string().min(1).max(2000).nullable().optional(),
  })
  .strict();
export type PresenceUpdate = z.infer<typeof presenceUpdateSchema>;
export type Point = z.infer<typeof pointSchema>;
export type ViewRect = z.infer<typeof viewRectSchema>;

export interface Participant {
  /** `<userId>:<clientId>`: one per tab. */
  key: string;
  userId: string;
  name: string;
  initials: string;
  color: string;
  canEdit: boolean;
  selection: string[];
  cursor: Point | null;
  view: ViewRect | null;
  /** The key of the finding this participant is presenting (presentation mode), or null. */
  presenting: string | null;
}

/** `event: presence` on the chart's stream. */
export type PresenceEvent =
  | { type: "snapshot"; participants: Participant[] }
  | { type: "update"; participant: Participant }
  | { type: "left"; key: string }
  | { type: "summon"; key: string; view: ViewRect | null };

export function participantKey(userId: string, clientId: string): string {
  return `${userId}:${clientId}`;
}

/** Applies a tab's update to its participant; fields it did not send stay as they were. */
export function applyPresenceUpdate(participant: Participant, update: PresenceUpdate): Participant {
  return {
    ...participant,
    selection: update.selection ?? participant.selection,
    cursor: update.cursor === undefined ? participant.cursor : update.cursor,
    view: update.view === undefined ? participant.view : update.view,
    presenting: update.presenting === undefined ? participant.presenting : update.presenting,
  };
}

/** "Sara Bianchi" → "SB", "sara" → "SA", an email → its first two letters. */
export function initialsOf(name: string): string {
  const words = name
    .replace(/@.*$/, "")
    .split(/[\s._-]+/)
    .filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return "?";
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0]!, [...words[words.length - 1]!][0]!];
  return letters.join("").toUpperCase();
}

/**
 * A colour per person, the same in every tab and on every instance. The palette is dark enough
 * for white initials and distinct on a projector; neighbouring hashes land far apart.
 */
const PALETTE = ["#c2410c", "#1d4ed8", "#15803d", "#7e22ce", "#be123c", "#0e7490", "#a16207", "#4338ca", "#047857", "#9d174d", "#1e40af", "#b45309"];
export function colorFor(userId: string): string {
  let hash = 2166136261;
  for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 16777619);
  return PALETTE[(hash >>> 0) % PALETTE.length]!;
}

/**
 * Everyone present, as one tab sees it: the events of the stream folded in order. Pure, so the
 * editor and the tests use the same rules.
 */
export function applyPresenceEvent(current: ReadonlyMap<string, Participant>, event: PresenceEvent): ReadonlyMap<string, Participant> {
  switch (event.type) {
    case "snapshot":
      return new Map(event.participants.map((participant) => [participant.key, participant]));
    case "update": {
      const next = new Map(current);
      next.set(event.participant.key, event.participant);
      return next;
    }
    case "left": {
      if (!current.has(event.key)) return current;
      const next = new Map(current);
      next.delete(event.key);
      return next;
    }
    case "summon":
      return current;
  }
}
