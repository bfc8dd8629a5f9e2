import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PresenceUpdate } from "./presence";
import { PresenceOutbox } from "./presence-outbox";

describe("PresenceOutbox", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the first change at once, then merges the rest into one post per interval, last values winning", () => {
    const sent: PresenceUpdate[] = [];
    const outbox = new PresenceOutbox("tab-aaaaaaaa", (update) => sent.push(update), 100);
    outbox.announce({ cursor: { x: 1, y: 1 } });
    outbox.announce({ cursor: { x: 2, y: 2 } });
    outbox.announce({ selection: ["ceo"] });
    outbox.announce({ cursor: { x: 3, y: 3 } });
    expect(sent).toEqual([{ clientId: "tab-aaaaaaaa", cursor: { x: 1, y: 1 } }]);
    vi.advanceTimersByTime(100);
    expect(sent[1]).toEqual({ clientId: "tab-aaaaaaaa", cursor: { x: 3, y: 3 }, selection: ["ceo"] });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it("keeps a summon in the merged post, and sends nothing after stop", () => {
    const sent: PresenceUpdate[] = [];
    const outbox = new PresenceOutbox("tab-aaaaaaaa", (update) => sent.push(update), 100);
    outbox.announce({ view: { x: 0, y: 0, width: 10, height: 10 }, summon: true });
    outbox.announce({ cursor: null });
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([{ clientId: "tab-aaaaaaaa", view: { x: 0, y: 0, width: 10, height: 10 }, summon: true, cursor: null }]);
    outbox.announce({ cursor: { x: 5, y: 5 } });
    outbox.stop();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });
});
