import { applyOps, describeOpError, type OpError } from "@/lib/org/apply-ops";
import type { ChartOp } from "@/lib/org/chart-ops";
import { applyOpsWithInverse } from "@/lib/org/invert-ops";
import type { Chart, VersionedChart } from "@/lib/org/types";
import type { Lang } from "@/lib/org/find-structure-errors";
import { HistoryManager } from "@/lib/history/history-manager";
import { squashOps } from "@/lib/history/squash-ops";

export type SaveStatus = "saved" | "saving" | "offline" | "conflict" | "error";

/** A message for the user about the session, e.g. edits dropped by a conflict. */
export type SessionNotice =
  | { kind: "conflict-dropped"; count: number }
  | { kind: "conflict-merged" }
  | { kind: "refused"; message: string }
  | { kind: "forbidden"; status: number }
  | { kind: "undo-failed"; message: string };

export interface SessionSnapshot {
  chart: Chart;
  status: SaveStatus;
  notice: SessionNotice | null;
  canUndo: boolean;
  canRedo: boolean;
  /** True while some edit is not yet confirmed by the server. */
  dirty: boolean;
}

export interface ApplyOptions {
  /** Merge with the previous gesture when it had the same key and happened moments ago. */
  coalesceKey?: string;
  /** false: not an undo step (the automatic layout of a chart whose nodes had no positions). */
  record?: boolean;
}

const SAVE_DEBOUNCE_MS = 300;
const MAX_RETRY_MS = 8000;
const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * The editor's model of one chart: the server's last confirmed version, the edits on top of it
 * (one request in flight at most, the rest queued), and the undo history. Not React: the editor
 * subscribes through useSyncExternalStore, so this stays easy to read and to test.
 *
 * Invariant: `chart` = applyOps(base, inflight ++ queued). Edits are kept per gesture so that a
 * conflict drops whole gestures, never half of one.
 */
export class ChartSession {
  private base: VersionedChart;
  private chart: Chart;
  private inflight: ChartOp[][] | null = null;
  private queued: ChartOp[][] = [];
  private readonly history = new HistoryManager({ coalesceMs: 1500 });
  private status: SaveStatus = "saved";
  private notice: SessionNotice | null = null;
  private snapshot: SessionSnapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryMs = 1000;
  private stopped = false;
  /** Set by a 409 so the next successful save still reports "Conflict resolved". */
  private rebased = false;
  private lastReplayError: string | null = null;

  constructor(
    initial: VersionedChart,
    private readonly lang: Lang,
    private readonly fetcher: typeof fetch = (...args) => fetch(...args),
  ) {
    this.base = initial;
    this.chart = initial;
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** Applies one gesture locally and queues it for saving. Returns the refusal, if any, untouched. */
  apply(ops: readonly ChartOp[], options: ApplyOptions = {}): OpError | null {
    if (ops.length === 0) return null;
    const result = applyOpsWithInverse(this.chart, ops);
    if (!result.ok) return result.error;
    this.chart = result.chart;
    this.queued.push([...ops]);
    this.markPending();
    if (options.record !== false) {
      this.history.record(ops, result.inverse, options.coalesceKey === undefined ? {} : { coalesceKey: options.coalesceKey });
    }
    this.schedule(SAVE_DEBOUNCE_MS);
    this.emit();
    return null;
  }

  undo(): void {
    this.step(this.history.undo((ops) => this.replay(ops)).skipped);
  }

  redo(): void {
    this.step(this.history.redo((ops) => this.replay(ops)).skipped);
  }

  /** Ends the current typing run (a field lost focus): the next keystroke starts a new undo step. */
  sealHistory(): void {
    this.history.seal();
  }

  dismissNotice(): void {
    this.notice = null;
    this.emit();
  }

  /** (Re)starts saving when the editor mounts; React may unmount and mount an editor again. */
  start(): void {
    this.stopped = false;
    if (this.queued.length > 0) this.schedule(0);
  }

  /**
   * Stops the debounce timer when the editor unmounts, sending what is queued right away (with
   * keepalive, so it survives a client-side navigation away from the page).
   */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    void this.send(true);
  }

  /** Applies a history step as a new edit; false when it no longer applies (someone else's edit). */
  private replay(ops: readonly ChartOp[]): boolean {
    const result = applyOps(this.chart, ops);
    if (!result.ok) {
      this.lastReplayError = describeOpError(result.error, this.lang);
      return false;
    }
    this.chart = result.chart;
    this.queued.push([...ops]);
    this.markPending();
    this.schedule(SAVE_DEBOUNCE_MS);
    return true;
  }

  /** After undo/redo: tell the user when steps had to be dropped, then publish the new state. */
  private step(skipped: number): void {
    if (skipped > 0 && this.lastReplayError !== null) this.notice = { kind: "undo-failed", message: this.lastReplayError };
    this.lastReplayError = null;
    this.emit();
  }

  private markPending(): void {
    if (this.status === "saved" || this.status === "conflict") this.status = "saving";
  }

  private schedule(delay: number): void {
    if (this.stopped || this.inflight !== null) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  private async flush(): Promise<void> {
    if (!this.stopped) await this.send(false);
  }

  private async send(keepalive: boolean): Promise<void> {
    if (this.inflight !== null || this.queued.length === 0) return;
    this.inflight = this.queued;
    this.queued = [];
    this.status = "saving";
    this.emit();
    let response: Response;
    try {
      response = await this.post(squashOps(this.inflight.flat()), keepalive);
    } catch {
      this.retryLater();
      return;
    }
    await this.handleResponse(response);
  }

  private post(ops: ChartOp[], keepalive: boolean): Promise<Response> {
    const body = JSON.stringify({ baseVersion: this.base.version, ops });
    return this.fetcher(`/api/charts/${encodeURIComponent(this.base.id)}/ops`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      // Browsers refuse keepalive bodies over 64 KiB; a big batch goes as a normal request.
      keepalive: keepalive && body.length < KEEPALIVE_MAX_BYTES,
    });
  }

  private async handleResponse(response: Response): Promise<void> {
    const sent = this.inflight ?? [];
    if (response.ok) {
      const body = (await response.json()) as { version: number };
      const applied = applyOps(this.base, sent.flat());
      // The server applied exactly these ops to exactly this version; failing here is a bug.
      this.base = applied.ok ? { ...applied.chart, version: body.version } : { ...this.base, version: body.version };
      this.inflight = null;
      this.retryMs = 1000;
      // "Conflict resolved" stays visible until the rebased edits are saved, then "Saved".
      this.status = this.queued.length > 0 ? "saving" : this.rebased ? "conflict" : "saved";
      this.rebased = false;
      if (this.queued.length > 0) this.schedule(0);
      this.emit();
      return;
    }
    if (response.status === 409) {
      const body = (await response.json()) as { chart: VersionedChart };
      const dropped = this.rebase(body.chart, [...sent, ...this.queued]);
      this.status = "conflict";
      this.rebased = true;
      this.notice = dropped > 0 ? { kind: "conflict-dropped", count: dropped } : { kind: "conflict-merged" };
      this.schedule(0);
      this.emit();
      return;
    }
    if (response.status === 400) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      const message = body?.error?.message ?? response.statusText;
      // Nothing of the batch was saved: show the server's chart, keep what still applies after it.
      this.rebase(this.base, this.queued);
      this.status = "error";
      this.notice = { kind: "refused", message };
      this.schedule(0);
      this.emit();
      return;
    }
    if (response.status === 401 || response.status === 403 || response.status === 404) {
      this.inflight = null;
      this.status = "error";
      this.notice = { kind: "forbidden", status: response.status };
      this.emit();
      return;
    }
    this.retryLater();
  }

  /** Replays pending gestures on top of `server`, dropping those that no longer apply. */
  private rebase(server: VersionedChart, pending: ChartOp[][]): number {
    this.base = server;
    let chart: Chart = server;
    const kept: ChartOp[][] = [];
    for (const gesture of pending) {
      const result = applyOps(chart, gesture);
      if (!result.ok) continue;
      chart = result.chart;
      kept.push(gesture);
    }
    this.chart = chart;
    this.inflight = null;
    this.queued = kept;
    return pending.length - kept.length;
  }

  private retryLater(): void {
    // Keep the batch as the head of the queue and try again, backing off up to a few seconds.
    this.queued = [...(this.inflight ?? []), ...this.queued];
    this.inflight = null;
    this.status = "offline";
    this.emit();
    const delay = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.schedule(delay);
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private makeSnapshot(): SessionSnapshot {
    return {
      chart: this.chart,
      status: this.status,
      notice: this.notice,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      dirty: this.inflight !== null || this.queued.length > 0,
    };
  }
}
