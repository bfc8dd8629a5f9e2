import { describe, expect, it } from "vitest";
import { applyOps } from "../org/apply-ops";
import type { ChartOp } from "../org/chart-ops";
import { applyOpsWithInverse } from "../org/invert-ops";
import type { Chart, OrgNode } from "../org/types";
import { HistoryManager, type RecordOptions } from "./history-manager";

function node(id: string): OrgNode {
  return { id, title: id, person: null, role: null, kind: "role", position: { x: 0, y: 0 }, collapsed: false, responsibilities: [] };
}

/** A tiny editor: the chart plus its history, as the canvas will hold them. */
function editor(options: ConstructorParameters<typeof HistoryManager>[0] = {}) {
  let chart: Chart = { name: "c", nodes: [node("a"), node("b")], edges: [] };
  const history = new HistoryManager(options);
  const tryApply = (ops: readonly ChartOp[]) => {
    const result = applyOps(chart, ops);
    if (result.ok) chart = result.chart;
    return result.ok;
  };
  return {
    history,
    get chart() {
      return chart;
    },
    /** Another user's edit: changes the chart without touching this user's history. */
    remote(ops: ChartOp[]) {
      if (!tryApply(ops)) throw new Error("remote edit failed");
    },
    edit(ops: ChartOp[], options?: RecordOptions) {
      const result = applyOpsWithInverse(chart, ops);
      if (!result.ok) throw new Error(result.error.code);
      chart = result.chart;
      history.record(ops, result.inverse, options);
    },
    undo: () => history.undo(tryApply),
    redo: () => history.redo(tryApply),
  };
}

const move = (id: string, x: number): ChartOp => ({ type: "moveNodes", moves: [{ id, position: { x, y: 0 } }] });
const title = (id: string, text: string): ChartOp => ({ type: "updateNode", id, patch: { title: text } });

describe("HistoryManager", () => {
  it("undoes and redoes single edits", () => {
    const e = editor();
    const start = e.chart;
    e.edit([title("a", "A1")]);
    expect(e.history.canUndo).toBe(true);
    expect(e.undo().entry).not.toBeNull();
    expect(e.chart).toStrictEqual(start);
    expect(e.history.canRedo).toBe(true);
    e.redo();
    expect(e.chart.nodes[0]?.title).toBe("A1");
    expect(e.undo().entry).not.toBeNull();
    expect(e.undo()).toEqual({ entry: null, skipped: 0 });
  });

  it("makes a 60-frame drag one step, stored as one op each way", () => {
    const e = editor();
    const start = e.chart;
    e.history.beginGesture("Move");
    for (let x = 1; x <= 60; x++) e.edit([move("a", x)]);
    e.history.endGesture();
    expect(e.history.undoDepth).toBe(1);
    const { entry } = e.undo();
    expect(entry?.ops).toHaveLength(1);
    expect(entry?.inverse).toEqual([move("a", 0)]);
    expect(e.chart).toStrictEqual(start);
    e.redo();
    expect(e.chart.nodes[0]?.position).toEqual({ x: 60, y: 0 });
  });

  it("nests gestures and closes an open one before undoing it", () => {
    const e = editor();
    e.history.beginGesture();
    e.edit([move("a", 5)]);
    e.history.beginGesture();
    e.edit([title("b", "B1")]);
    e.history.endGesture();
    expect(e.history.undoDepth).toBe(0);
    e.edit([move("a", 9)]);
    e.undo();
    expect(e.chart.nodes.map((n) => [n.title, n.position?.x])).toEqual([["a", 0], ["b", 0]]);
    expect(e.history.inGesture).toBe(false);
  });

  it("cancels a gesture and returns the ops that roll it back", () => {
    const e = editor();
    const start = e.chart;
    e.history.beginGesture();
    e.edit([move("a", 3)]);
    e.edit([move("a", 7)]);
    const rollback = e.history.cancelGesture();
    e.remote(rollback);
    expect(e.chart).toStrictEqual(start);
    expect(e.history.canUndo).toBe(false);
  });

  it("coalesces typing in one field until a pause, a blur or another field", () => {
    let now = 0;
    const e = editor({ coalesceMs: 500, now: () => now });
    const key = { coalesceKey: "title:a" };
    for (const text of ["H", "He", "Hel"]) {
      e.edit([title("a", text)], key);
      now += 100;
    }
    expect(e.history.undoDepth).toBe(1);
    now += 1000; // a pause
    e.edit([title("a", "Hell")], key);
    e.edit([title("a", "Hello")], key);
    expect(e.history.undoDepth).toBe(2);
    e.history.seal(); // blur
    e.edit([title("a", "Hello!")], key);
    e.edit([title("b", "x")], { coalesceKey: "title:b" });
    expect(e.history.undoDepth).toBe(4);
    e.undo();
    e.undo();
    e.undo();
    expect(e.chart.nodes[0]?.title).toBe("Hel");
    e.undo();
    expect(e.chart.nodes[0]?.title).toBe("a");
  });

  it("does not merge typing into a step that was undone and redone", () => {
    const now = 0;
    const e = editor({ now: () => now });
    e.edit([title("a", "X")], { coalesceKey: "t" });
    e.undo();
    e.redo();
    e.edit([title("a", "XY")], { coalesceKey: "t" });
    expect(e.history.undoDepth).toBe(2);
  });

  it("clears redo on a new edit", () => {
    const e = editor();
    e.edit([title("a", "1")]);
    e.undo();
    e.edit([title("a", "2")]);
    expect(e.history.canRedo).toBe(false);
    expect(e.redo().entry).toBeNull();
  });

  it("keeps at most `limit` steps", () => {
    const e = editor({ limit: 3 });
    for (let x = 1; x <= 5; x++) e.edit([move("a", x)]);
    expect(e.history.undoDepth).toBe(3);
    e.undo();
    e.undo();
    e.undo();
    expect(e.chart.nodes[0]?.position?.x).toBe(2);
    expect(e.history.canUndo).toBe(false);
  });

  it("skips steps that another user's edit invalidated, and undoes the next", () => {
    const e = editor();
    e.edit([title("a", "A1")]);
    e.edit([move("b", 4)]);
    e.remote([{ type: "removeNode", id: "b" }]);
    const result = e.undo();
    expect(result.skipped).toBe(1);
    expect(result.entry?.ops).toEqual([title("a", "A1")]);
    expect(e.chart.nodes.map((n) => n.title)).toEqual(["a"]);
    expect(e.history.canUndo).toBe(false);
  });

  it("rebases: drops steps touching a node deleted remotely", () => {
    const e = editor();
    e.edit([title("a", "A1")]);
    e.edit([title("b", "B1")]);
    e.undo();
    const touchesB = (ops: readonly ChartOp[]) => ops.some((op) => "id" in op && op.id === "b");
    e.history.rebase((entry) => (touchesB(entry.ops) ? null : entry));
    expect(e.history.canRedo).toBe(false);
    expect(e.history.undoDepth).toBe(1);
  });

  it("notifies subscribers and keeps a stable state snapshot", () => {
    const e = editor();
    let calls = 0;
    const unsubscribe = e.history.subscribe(() => calls++);
    const before = e.history.state;
    e.edit([title("a", "1")], { label: "Rename" });
    expect(calls).toBe(1);
    const after = e.history.state;
    expect(after).toEqual({ canUndo: true, canRedo: false, undoLabel: "Rename" });
    expect(after).not.toBe(before);
    e.edit([title("a", "2")], { label: "Rename" });
    expect(e.history.state).toBe(after);
    unsubscribe();
    e.undo();
    expect(calls).toBe(2);
  });
});
