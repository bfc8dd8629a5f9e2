import { describe, expect, it } from "vitest";
import { groupActivity } from "./group-activity";

const titles = new Map([
  ["it", "Reparto IT"],
  ["cio", "CIO"],
  ["cto", "CTO"],
]);
const titleOf = (id: string) => titles.get(id);

describe("groupActivity", () => {
  it("groups per person and minute, newest first, and says what each group did", () => {
    const groups = groupActivity(
      [
        { version: 1, actor: "Sara", at: "2026-11-30T10:00:05.000Z", ops: [{ type: "removeEdge", id: "cto-it" }] },
        { version: 2, actor: "Sara", at: "2026-11-30T10:00:07.000Z", ops: [{ type: "addEdge", edge: { id: "cio-it", source: "cio", target: "it", kind: "reports-to" } }] },
        { version: 3, actor: "Luca", at: "2026-11-30T10:00:30.000Z", ops: [{ type: "updateNode", id: "cto", patch: { person: "Luca" } }] },
        { version: 4, actor: "Luca", at: "2026-11-30T10:01:02.000Z", ops: [{ type: "addNode", node: { id: "pmo", title: "PMO", person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [] } }, { type: "removeNode", id: "old" }] },
        { version: 5, actor: "Luca", at: "2026-11-30T10:01:40.000Z", ops: [{ type: "moveNodes", moves: [{ id: "cio", position: { x: 1, y: 2 } }, { id: "cto", position: { x: 3, y: 4 } }] }] },
      ],
      titleOf,
    );
    expect(groups).toEqual([
      { actor: "Luca", minute: "2026-11-30T10:01", version: 5, items: [{ type: "added", node: "PMO" }, { type: "removed", node: "old" }, { type: "arranged", count: 2 }] },
      { actor: "Luca", minute: "2026-11-30T10:00", version: 3, items: [{ type: "edited", node: "CTO" }] },
      { actor: "Sara", minute: "2026-11-30T10:00", version: 2, items: [{ type: "placed", node: "Reparto IT", under: "CIO" }] },
    ]);
  });

  it("says a title typed key by key once", () => {
    const typing = ["C", "CI", "CIO"].map((title, i) => ({ version: i + 1, actor: "Sara", at: "2026-11-30T10:00:0" + i + ".000Z", ops: [{ type: "updateNode" as const, id: "cio", patch: { title } }] }));
    expect(groupActivity(typing, titleOf)).toEqual([{ actor: "Sara", minute: "2026-11-30T10:00", version: 3, items: [{ type: "renamed", node: "CIO" }] }]);
  });

  it("a card added and then named in the same minute is said once, as added under its name", () => {
    const ops = [
      { type: "addNode" as const, node: { id: "cfo", title: "New role", person: null, role: null, kind: "role" as const, position: null, collapsed: false, responsibilities: [] } },
      { type: "updateNode" as const, id: "cfo", patch: { title: "CFO" } },
    ];
    expect(groupActivity([{ version: 1, actor: "Sara", at: "2026-11-30T10:00:00.000Z", ops }], () => undefined)[0]!.items).toEqual([{ type: "added", node: "CFO" }]);
  });
});
