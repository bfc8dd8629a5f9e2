import { describe, expect, it } from "vitest";
import type { ChartOp } from "@/lib/org/chart-ops";
import type { Chart, OrgNode, Responsibility } from "@/lib/org/types";
import { mergeResponsibilities, rebasePending } from "./rebase-pending";

const r = (id: string, text = id, duty?: string | null): Responsibility => (duty === undefined ? { id, text } : { id, text, duty });

describe("mergeResponsibilities", () => {
  const before = [r("a"), r("b"), r("c")];

  it("takes ours when they changed nothing, theirs when we changed nothing", () => {
    expect(mergeResponsibilities(before, [r("a", "A")], before)).toEqual([r("a", "A")]);
    expect(mergeResponsibilities(before, before, [r("b")])).toEqual([r("b")]);
  });

  it("replays our addition, edit and removal onto their list", () => {
    const ours = [r("a", "A!"), r("x"), r("b")]; // edited a, added x after a, removed c
    const theirs = [r("a"), r("b", "B!"), r("c"), r("y")]; // edited b, added y
    expect(mergeResponsibilities(before, ours, theirs)).toEqual([r("a", "A!"), r("x"), r("b", "B!"), r("y")]);
  });

  it("merges text and duty of the same item separately", () => {
    const ours = [r("a", "A!"), r("b"), r("c")];
    const theirs = [r("a", "a", "budget"), r("b"), r("c")];
    expect(mergeResponsibilities(before, ours, theirs)).toEqual([r("a", "A!", "budget"), r("b"), r("c")]);
  });

  it("replays our reordering when they did not reorder", () => {
    const ours = [r("c"), r("a"), r("b")];
    const theirs = [r("a"), r("b", "B!"), r("c"), r("y")];
    expect(mergeResponsibilities(before, ours, theirs)).toEqual([r("c"), r("a"), r("b", "B!"), r("y")]);
  });

  it("gives up when both changed the same thing", () => {
    expect(mergeResponsibilities(before, [r("a", "mine"), r("b"), r("c")], [r("a", "theirs"), r("b"), r("c")])).toBeNull();
    expect(mergeResponsibilities(before, [r("a", "mine"), r("b"), r("c")], [r("b"), r("c")])).toBeNull();
    expect(mergeResponsibilities(before, [r("b"), r("c")], [r("a", "theirs"), r("b"), r("c")])).toBeNull();
    expect(mergeResponsibilities(before, [r("c"), r("b"), r("a")], [r("b"), r("a"), r("c")])).toBeNull();
  });
});

function node(id: string, fields: Partial<OrgNode> = {}): OrgNode {
  return { id, title: id, person: null, role: null, kind: "role", position: null, collapsed: false, responsibilities: [], ...fields };
}

describe("rebasePending", () => {
  const base: Chart = { name: "C", nodes: [node("a"), node("b")], edges: [{ id: "e", source: "a", target: "b", kind: "reports-to" }] };

  it("drops a gesture on a node the server deleted, naming the node from our chart", () => {
    const server: Chart = { ...base, nodes: [node("a")], edges: [] };
    const out = rebasePending(base, server, [[{ type: "updateNode", id: "b", patch: { title: "B!" } }]]);
    expect(out.kept).toEqual([]);
    expect(out.dropped).toMatchObject([{ code: "unknown-node", id: "b", labels: { b: "b" } }]);
  });

  it("treats adding what exists and removing what is gone as already saved", () => {
    const added = node("x", { title: "X" });
    const server: Chart = { ...base, nodes: [node("a"), added], edges: [] };
    const pending: ChartOp[][] = [[{ type: "addNode", node: added }], [{ type: "removeNode", id: "b" }]];
    const out = rebasePending(base, server, pending);
    expect(out).toMatchObject({ kept: [], dropped: [], theirs: [], alreadySaved: 2 });
  });

  it("moves the nodes that still exist and skips the deleted ones", () => {
    const server: Chart = { ...base, nodes: [node("a")], edges: [] };
    const move: ChartOp = { type: "moveNodes", moves: [{ id: "a", position: { x: 1, y: 1 } }, { id: "b", position: { x: 2, y: 2 } }] };
    const out = rebasePending(base, server, [[move]]);
    expect(out.kept).toEqual([[{ type: "moveNodes", moves: [{ id: "a", position: { x: 1, y: 1 } }] }]]);
  });

  it("does not report a field whose server value is our own final value", () => {
    const server: Chart = { ...base, nodes: [node("a", { title: "Boss" }), node("b", { person: "Anna" })] };
    const typing: ChartOp[][] = ["B", "Bo", "Boss"].map((title) => [{ type: "updateNode", id: "a", patch: { title } }]);
    const out = rebasePending(base, server, typing);
    expect(out).toMatchObject({ kept: [], dropped: [], theirs: [] });
  });
});
