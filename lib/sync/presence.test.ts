import { describe, expect, it } from "vitest";
import { PRESENCE_MAX_SELECTION, applyPresenceEvent, applyPresenceUpdate, colorFor, initialsOf, presenceUpdateSchema, type Participant } from "./presence";

const sara: Participant = {
  key: "u1:tab-aaaaaaaa",
  userId: "u1",
  name: "Sara Bianchi",
  initials: "SB",
  color: colorFor("u1"),
  canEdit: true,
  selection: [],
  cursor: null,
  view: null,
  presenting: null,
};

describe("presence", () => {
  it("initials come from the first and last word, or the first two letters of one word or an email", () => {
    expect(initialsOf("Sara Bianchi")).toBe("SB");
    expect(initialsOf("Anna Maria de Luca")).toBe("AL");
    expect(initialsOf("luca")).toBe("LU");
    expect(initialsOf("marco.rossi@example.it")).toBe("MR");
    expect(initialsOf("   ")).toBe("?");
  });

  it("gives each person one colour everywhere, and spreads people over the palette", () => {
    expect(colorFor("user-1")).toBe(colorFor("user-1"));
    const colours = new Set(Array.from({ length: 40 }, (_, i) => colorFor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(6);
  });

  it("an update changes only the fields it carries; null clears a cursor", () => {
    const moved = applyPresenceUpdate({ ...sara, selection: ["cio"], cursor: { x: 1, y: 2 } }, { clientId: "tab-aaaaaaaa", cursor: null });
    expect(moved.selection).toEqual(["cio"]);
    expect(moved.cursor).toBeNull();
    expect(applyPresenceUpdate(sara, { clientId: "tab-aaaaaaaa", selection: ["cto"] }).selection).toEqual(["cto"]);
  });

  it("refuses oversized selections, unknown fields and a view of no size", () => {
    expect(presenceUpdateSchema.safeParse({ clientId: "tab-aaaaaaaa", selection: Array.from({ length: PRESENCE_MAX_SELECTION + 1 }, (_, i) => `n${i}`) }).success).toBe(false);
    expect(presenceUpdateSchema.safeParse({ clientId: "tab-aaaaaaaa", name: "Someone else" }).success).toBe(false);
    expect(presenceUpdateSchema.safeParse({ clientId: "tab-aaaaaaaa", view: { x: 0, y: 0, width: 0, height: 10 } }).success).toBe(false);
    expect(presenceUpdateSchema.safeParse({ clientId: "tab-aaaaaaaa", summon: false }).success).toBe(false);
    expect(presenceUpdateSchema.safeParse({ clientId: "tab-aaaaaaaa", view: { x: -5, y: 3, width: 800, height: 600 }, summon: true }).success).toBe(true);
  });

  it("folds the stream's events: a snapshot replaces, an update adds or replaces, a leave removes", () => {
    const luca = { ...sara, key: "u2:tab-bbbbbbbb", userId: "u2", name: "Luca", initials: "LU" };
    let roster = applyPresenceEvent(new Map(), { type: "snapshot", participants: [sara] });
    roster = applyPresenceEvent(roster, { type: "update", participant: luca });
    roster = applyPresenceEvent(roster, { type: "update", participant: { ...sara, selection: ["ceo"] } });
    expect([...roster.values()].map((p) => [p.key, p.selection])).toEqual([
      [sara.key, ["ceo"]],
      [luca.key, []],
    ]);
    const before = roster;
    expect(applyPresenceEvent(roster, { type: "summon", key: luca.key, view: null })).toBe(before);
    roster = applyPresenceEvent(roster, { type: "left", key: sara.key });
    expect([...roster.keys()]).toEqual([luca.key]);
    expect(applyPresenceEvent(roster, { type: "left", key: "nobody" })).toBe(roster);
  });
});
