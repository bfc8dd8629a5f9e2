import type { ChartOp } from "../org/chart-ops";
import { squashOps } from "./squash-ops";

/** One undo step: the ops as the user made them and the ops that undo them. */
export interface HistoryEntry {
  readonly ops: readonly ChartOp[];
  readonly inverse: readonly ChartOp[];
  readonly label?: string;
}

export interface HistoryOptions {
  /** Undo steps kept; the oldest go first. Default 200. */
  limit?: number;
  /** Records with the same coalesce key within this many ms of each other form one step. Default 1000. */
  coalesceMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export interface RecordOptions {
  /**
   * Successive records with the same key merge into one step while they come in quick
   * succession (typing in the title field: key `title:<nodeId>`). `seal()` ends the run.
   */
  coalesceKey?: string;
  label?: string;
}

/** What undo/redo did: the entry it applied (or null), and how many it dropped on the way. */
export interface StepResult {
  entry: HistoryEntry | null;
  /** Entries whose ops no longer applied (someone else changed what they touch) and were discarded. */
  skipped: number;
}

/** A stable snapshot for `useSyncExternalStore`: a new object only when something changed. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
}

interface StoredEntry extends HistoryEntry {
  coalesceKey?: string;
  updatedAt: number;
}

/**
 * Per-user undo/redo by gesture. The history does not touch the chart: it stores op batches and
 * hands back the ops to apply. The caller applies them (applyOps) and tells it whether that worked,
 * so an entry invalidated by another user's edit is skipped instead of breaking undo.
 *
 * Grouping: everything recorded between `beginGesture()` and `endGesture()` is one step (a drag,
 * a delete-with-reattach); records with the same `coalesceKey` in quick succession are one step
 * (typing). Steps are squashed, so a 60-frame drag stores one moveNodes each way.
 */
export class HistoryManager {
  private undoStack: StoredEntry[] = [];
  private redoStack: StoredEntry[] = [];
  private gesture: { ops: ChartOp[]; inverse: ChartOp[]; label?: string; depth: number } | null = null;
  private sealed = false;
  private readonly limit: number;
  private readonly coalesceMs: number;
  private readonly now: () => number;
  private readonly listeners = new Set<() => void>();
  private snapshot: HistoryState = { canUndo: false, canRedo: false };

  constructor(options: HistoryOptions = {}) {
    this.limit = Math.max(1, options.limit ?? 200);
    this.coalesceMs = options.coalesceMs ?? 1000;
    this.now = options.now ?? (() => Date.now());
  }

  /** Records ops the caller has just applied, with their inverse (from applyOpsWithInverse). */
  record(ops: readonly ChartOp[], inverse: readonly ChartOp[], options: RecordOptions = {}): void {
    if (ops.length === 0) return;
    // Whatever was redoable was computed against a chart that no longer exists.
    this.redoStack = [];
    if (this.gesture !== null) {
      this.gesture.ops.push(...ops);
      this.gesture.inverse.unshift(...inverse);
      this.gesture.label ??= options.label;
      this.changed();
      return;
    }
    const now = this.now();
    const top = this.undoStack[this.undoStack.length - 1];
    const key = options.coalesceKey;
    if (top !== undefined && key !== undefined && !this.sealed && top.coalesceKey === key && now - top.updatedAt <= this.coalesceMs) {
      this.undoStack[this.undoStack.length - 1] = {
        ...top,
        ops: squashOps([...top.ops, ...ops]),
        inverse: squashOps([...inverse, ...top.inverse]),
        updatedAt: now,
      };
    } else {
      this.push({ ops: squashOps(ops), inverse: squashOps(inverse), label: options.label, coalesceKey: key, updatedAt: now });
    }
    this.sealed = false;
    this.changed();
  }

  /** Starts grouping records into one step. Nests: only the outermost end closes the step. */
  beginGesture(label?: string): void {
    if (this.gesture !== null) {
      this.gesture.depth++;
      return;
    }
    this.gesture = { ops: [], inverse: [], label, depth: 1 };
  }

  /** Closes the gesture; if anything was recorded, it becomes one undo step. */
  endGesture(): void {
    const gesture = this.gesture;
    if (gesture === null) return;
    if (--gesture.depth > 0) return;
    this.gesture = null;
    if (gesture.ops.length === 0) return;
    this.push({ ops: squashOps(gesture.ops), inverse: squashOps(gesture.inverse), label: gesture.label, updatedAt: this.now() });
    this.sealed = true;
    this.changed();
  }

  /**
   * Abandons the open gesture (Escape during a drag) and returns the ops that roll back what it
   * recorded, for the caller to apply. Nothing is added to the history.
   */
  cancelGesture(): ChartOp[] {
    const gesture = this.gesture;
    this.gesture = null;
    if (gesture === null) return [];
    this.changed();
    return squashOps(gesture.inverse);
  }

  get inGesture(): boolean {
    return this.gesture !== null;
  }

  /** Ends the current coalescing run (field blur), so the next record starts a new step. */
  seal(): void {
    this.sealed = true;
  }

  /**
   * Undoes the latest step: calls `apply` with its inverse ops; when `apply` returns false (the
   * ops no longer apply), the entry is dropped and the next one is tried. An open gesture is
   * closed first so it can be undone as a whole.
   */
  undo(apply: (ops: readonly ChartOp[], entry: HistoryEntry) => boolean): StepResult {
    this.endOpenGesture();
    return this.step(this.undoStack, this.redoStack, (entry) => apply(entry.inverse, entry));
  }

  /** Redoes the latest undone step, like `undo`. */
  redo(apply: (ops: readonly ChartOp[], entry: HistoryEntry) => boolean): StepResult {
    this.endOpenGesture();
    return this.step(this.redoStack, this.undoStack, (entry) => apply(entry.ops, entry));
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0 || (this.gesture?.ops.length ?? 0) > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoDepth(): number {
    return this.undoStack.length;
  }

  get redoDepth(): number {
    return this.redoStack.length;
  }

  /**
   * Rewrites or drops stored steps after remote changes: `transform` returns the entry to keep
   * (possibly with rewritten ops) or null to drop it. E.g. drop every step that touches a node
   * another user deleted, rather than discovering it when undo fails.
   */
  rebase(transform: (entry: HistoryEntry) => HistoryEntry | null): void {
    const rewrite = (stack: StoredEntry[]) =>
      stack.flatMap((stored) => {
        const next = transform(stored);
        if (next === null) return [];
        return [next === stored ? stored : { ...next, coalesceKey: undefined, updatedAt: stored.updatedAt }];
      });
    this.undoStack = rewrite(this.undoStack);
    this.redoStack = rewrite(this.redoStack);
    this.sealed = true;
    this.changed();
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.gesture = null;
    this.changed();
  }

  /** For `useSyncExternalStore(history.subscribe, () => history.state)`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get state(): HistoryState {
    return this.snapshot;
  }

  private step(from: StoredEntry[], to: StoredEntry[], apply: (entry: StoredEntry) => boolean): StepResult {
    let skipped = 0;
    let entry = from.pop();
    while (entry !== undefined) {
      if (apply(entry)) {
        to.push(entry);
        this.trim(to);
        break;
      }
      skipped++;
      entry = from.pop();
    }
    // Never merge typing into a step that was undone and redone.
    this.sealed = true;
    this.changed();
    return { entry: entry ?? null, skipped };
  }

  private endOpenGesture(): void {
    if (this.gesture === null) return;
    this.gesture.depth = 1;
    this.endGesture();
  }

  private push(entry: StoredEntry): void {
    this.undoStack.push(entry);
    this.trim(this.undoStack);
  }

  private trim(stack: StoredEntry[]): void {
    if (stack.length > this.limit) stack.splice(0, stack.length - this.limit);
  }

  private changed(): void {
    const top = this.undoStack[this.undoStack.length - 1];
    const redoTop = this.redoStack[this.redoStack.length - 1];
    const next: HistoryState = { canUndo: this.canUndo, canRedo: this.canRedo };
    const undoLabel = this.gesture?.label ?? top?.label;
    if (undoLabel !== undefined) next.undoLabel = undoLabel;
    if (redoTop?.label !== undefined) next.redoLabel = redoTop.label;
    const prev = this.snapshot;
    if (prev.canUndo !== next.canUndo || prev.canRedo !== next.canRedo || prev.undoLabel !== next.undoLabel || prev.redoLabel !== next.redoLabel) {
      this.snapshot = next;
    }
    for (const listener of this.listeners) listener();
  }
}
