import { applyOps, describeOpError, type OpError } from "@/lib/org/apply-ops";
import type { ChartOp } from "@/lib/org/chart-ops";
import { diffCharts, isEmptyDiff } from "@/lib/org/diff-charts";
import { applyOpsWithInverse } from "@/lib/org/invert-ops";
import type { Chart, VersionedChart } from "@/lib/org/types";
import type { Lang } from "@/lib/org/find-structure-errors";
import { HistoryManager } from "@/lib/history/history-manager";
import { squashOps } from "@/lib/history/squash-ops";
import { rebasePending, type KeptTheirs } from "./rebase-pending";
import { splitGesture, takeForRequest } from "./split-batch";

/**
 * saved / saving / conflict (resolved) / error (an edit was refused): the normal run.
 * offline: a save failed, retrying with backoff. stalled: it failed too often; the edits are kept
 * and wait for Retry. signed-out: a 401; the edits are kept until a retry after signing in
 * succeeds. lost: a 403/404; the chart shows the last saved state and nothing more can be saved.
 */
export type SaveStatus = "saved" | "saving" | "offline" | "conflict" | "error" | "stalled" | "signed-out" | "lost";

/** A message for the user about the session, e.g. edits dropped by a conflict. */
export type SessionNotice =
  /** After a 409: why gestures were dropped (localised) and where the colleague's value was kept. */
  | { kind: "conflict"; dropped: string[]; theirs: KeptTheirs[] }
  | { kind: "conflict-merged" }
  | { kind: "refused"; message: string }
  | { kind: "save-failed" }
  | { kind: "signed-out"; signInUrl: string }
  | { kind: "lost"; status: number }
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
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 8000;
/** Failed attempts (5xx, network) before automatic retries stop and the user is asked. */
const MAX_FAILURES = 5;
/** While signed out: try again this often, so saving resumes soon after signing in elsewhere. */
const SIGNED_OUT_RETRY_MS = 30_000;
const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * The editor's model of one chart: the server's last confirmed version, the edits on top of it
 * (one request in flight at most, the rest queued), and the undo history. Not React: the editor
 * subscribes through useSyncExternalStore, so this stays easy to read and to test.
 *
 * Invariant: `chart` = applyOps(base, inflight ++ queued). Edits are kept per gesture so that a
 * conflict or a refusal drops whole gestures, never half of one (only a gesture too big for one
 * request is queued as several parts, see splitGesture). Unsaved edits are never dropped for a
 * transport failure or an expired session: only a refusal, a conflict, or lost access drops them.
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
  /** Consecutive failed attempts (5xx, network). */
  private failures = 0;
  /** After a refused multi-gesture batch: how many leading queued gestures go one per request. */
  private isolate = 0;
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
    // Lost access: nothing could be saved any more, so nothing is applied (the editor is read-only).
    if (ops.length === 0 || this.status === "lost") return null;
    const result = applyOpsWithInverse(this.chart, ops);
    if (!result.ok) return result.error;
    this.chart = result.chart;
    this.queued.push(...splitGesture(ops));
    this.markPending();
    if (options.record !== false) {
      this.history.record(ops, result.inverse, options.coalesceKey === undefined ? {} : { coalesceKey: options.coalesceKey });
    }
    this.schedule(SAVE_DEBOUNCE_MS);
    this.emit();
    return null;
  }

  undo(): void {
    if (this.status === "lost") return;
    this.step(this.history.undo((ops) => this.replay(ops)).skipped);
  }

  redo(): void {
    if (this.status === "lost") return;
    this.step(this.history.redo((ops) => this.replay(ops)).skipped);
  }

  /** Ends the current typing run (a field lost focus): the next keystroke starts a new undo step. */
  sealHistory(): void {
    this.history.seal();
  }

  /** Tries to save now: the Retry action, and when the browser is back online or the tab regains focus. */
  retry(): void {
    if (this.status !== "stalled" && this.status !== "signed-out" && this.status !== "offline") return;
    this.failures = 0;
    if (this.inflight === null && this.queued.length > 0) this.arm(0);
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
    this.queued.push(...splitGesture(ops));
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

  /** Saving waits for the user (Retry, signing in): new edits queue without sending. */
  private get waiting(): boolean {
    return this.status === "stalled" || this.status === "signed-out" || this.status === "lost";
  }

  private schedule(delay: number): void {
    if (!this.waiting) this.arm(delay);
  }

  private arm(delay: number): void {
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
    if (this.inflight !== null || this.queued.length === 0 || this.status === "lost") return;
    // As many gestures as fit the API's caps; one at a time while isolating a refused one.
    const count = this.isolate > 0 ? 1 : takeForRequest(this.queued);
    if (this.isolate > 0) this.isolate--;
    this.inflight = this.queued.slice(0, count);
    this.queued = this.queued.slice(count);
    if (!this.waiting) this.status = "saving";
    this.emit();
    try {
      const response = await this.post(squashOps(this.inflight.flat()), keepalive);
      await this.handleResponse(response);
    } catch {
      // No answer, or one we cannot read (a proxy's HTML page, a cut-off body): nothing is known
      // to be saved, so try again. If the server did save, the retry's 409 shows it as saved.
      this.retryLater();
    }
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
    if (response.ok) {
      const body = (await response.json()) as { version?: unknown };
      if (typeof body.version !== "number") throw new Error("unreadable save answer");
      this.saved(body.version);
      return;
    }
    if (response.status === 409) {
      const body = (await response.json()) as { chart?: VersionedChart };
      if (!body.chart || !Array.isArray(body.chart.nodes)) throw new Error("unreadable conflict answer");
      this.resolveConflict(body.chart);
      return;
    }
    if (response.status === 400 || response.status === 413) {
      const body = (await response.json().catch(() => null)) as { error?: { message?: string; details?: unknown } } | null;
      const details = body?.error?.details;
      const message = isOpError(details) ? describeOpError(details, this.lang) : (body?.error?.message ?? response.statusText);
      this.refused(message);
      return;
    }
    if (response.status === 401) {
      this.signedOut();
      return;
    }
    if (response.status === 403 || response.status === 404) {
      this.lost(response.status);
      return;
    }
    // 5xx, 415, 429…: nothing was saved; try again later.
    this.retryLater();
  }

  /** 200: the server applied exactly the in-flight gestures to exactly our base version. */
  private saved(version: number): void {
    const sent = this.inflight ?? [];
    const applied = applyOps(this.base, sent.flat());
    // Failing here would be a bug: the server applied these ops to this version.
    this.base = applied.ok ? { ...applied.chart, version } : { ...this.base, version };
    this.inflight = null;
    this.failures = 0;
    if (this.notice?.kind === "save-failed" || this.notice?.kind === "signed-out") this.notice = null;
    if (this.queued.length > 0) {
      this.status = "saving";
      this.arm(0);
    } else {
      // "Conflict resolved" stays visible until the rebased edits are saved, then "Saved".
      this.status = this.rebased ? "conflict" : "saved";
      this.rebased = false;
    }
    this.emit();
  }

  /**
   * 409: the chart moved on. When the server's chart is exactly ours plus the in-flight gestures,
   * the previous attempt was saved and only its response was lost. Otherwise our pending
   * gestures are rebased onto the server's chart, keeping the colleague's changes (rebasePending).
   */
  private resolveConflict(server: VersionedChart): void {
    const sent = this.inflight ?? [];
    const expected = applyOps(this.base, sent.flat());
    if (expected.ok && isEmptyDiff(diffCharts(expected.chart, server))) {
      this.saved(server.version);
      return;
    }
    const outcome = rebasePending(this.base, server, [...sent, ...this.queued]);
    this.base = server;
    this.chart = outcome.chart;
    this.inflight = null;
    this.queued = outcome.kept;
    this.isolate = 0;
    this.failures = 0;
    const problems = outcome.dropped.length > 0 || outcome.theirs.length > 0;
    if (problems) {
      this.notice = { kind: "conflict", dropped: outcome.dropped.map((error) => describeOpError(error, this.lang)), theirs: outcome.theirs };
    } else if (outcome.kept.length > 0) {
      this.notice = { kind: "conflict-merged" };
    }
    if (outcome.kept.length > 0) {
      this.status = "conflict";
      this.rebased = true;
    } else {
      // Everything was already saved, or gave way to the colleague's version.
      this.status = problems ? "conflict" : "saved";
    }
    this.arm(0);
    this.emit();
  }

  /**
   * 400/413: the batch was refused and nothing of it saved. A batch of several gestures is sent
   * again one gesture per request, so only the offending gesture is dropped; a single refused
   * gesture is dropped (and said), and what still applies after it is kept.
   */
  private refused(message: string): void {
    const sent = this.inflight ?? [];
    this.inflight = null;
    if (sent.length > 1) {
      this.queued = [...sent, ...this.queued];
      this.isolate = sent.length;
      this.arm(0);
      return;
    }
    const outcome = rebasePending(this.base, this.base, this.queued);
    this.chart = outcome.chart;
    this.queued = outcome.kept;
    this.isolate = Math.min(this.isolate, this.queued.length);
    this.status = "error";
    this.notice = { kind: "refused", message };
    this.arm(0);
    this.emit();
  }

  /** 401: keep everything, ask to sign in (in another tab), and try again now and then. */
  private signedOut(): void {
    this.requeueInflight();
    this.status = "signed-out";
    const page = `/charts/${encodeURIComponent(this.base.id)}`;
    this.notice = { kind: "signed-out", signInUrl: `/signin?callbackUrl=${encodeURIComponent(page)}` };
    this.arm(SIGNED_OUT_RETRY_MS);
    this.emit();
  }

  /** 403/404: access lost or chart deleted. Show the last saved chart; nothing more can be saved. */
  private lost(status: number): void {
    this.inflight = null;
    this.queued = [];
    this.isolate = 0;
    this.chart = this.base;
    this.history.clear();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.status = "lost";
    this.notice = { kind: "lost", status };
    this.emit();
  }

  private requeueInflight(): void {
    this.queued = [...(this.inflight ?? []), ...this.queued];
    this.inflight = null;
  }

  /** Backs off 1, 2, 4, 8 s; after MAX_FAILURES attempts, stops and waits for Retry. Nothing is dropped. */
  private retryLater(): void {
    this.requeueInflight();
    this.failures++;
    if (this.failures >= MAX_FAILURES) {
      this.status = "stalled";
      this.notice = { kind: "save-failed" };
      this.emit();
      return;
    }
    this.status = "offline";
    this.emit();
    this.arm(Math.min(FIRST_RETRY_MS * 2 ** (this.failures - 1), MAX_RETRY_MS));
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

/** True when the 400's details are an OpError from applyOps (then it can be told in the user's language). */
function isOpError(value: unknown): value is OpError {
  if (typeof value !== "object" || value === null) return false;
  const error = value as Partial<OpError>;
  return typeof error.code === "string" && typeof error.opIndex === "number" && typeof error.labels === "object" && error.labels !== null;
}
