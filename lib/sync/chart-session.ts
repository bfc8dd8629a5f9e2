import { applyBatch } from "../org/apply-batch";
import { applyOps, type OpError, type OpReason } from "../org/apply-ops";
import type { ChartOp } from "../org/chart-ops";
import { applyOpsWithInverse } from "../org/invert-ops";
import type { Chart, VersionedChart } from "../org/types";
import { HistoryManager } from "../history/history-manager";
import { squashGestures } from "../history/squash-ops";
import type { BatchAnswer, ChangeEvent } from "./protocol";
import { splitGesture, takeForRequest } from "./split-batch";
import { stillHolds } from "./still-holds";

/**
 * saved / saving: the normal run. error: the server refused some edit (said in the notice).
 * offline: a send failed, retrying with backoff. stalled: it failed too often; the edits are kept
 * and wait for Retry. signed-out: the edits are kept until a retry after signing in succeeds.
 * lost: no access any more (removed, chart deleted); the chart shows the last confirmed state.
 */
export type SaveStatus = "saved" | "saving" | "offline" | "error" | "stalled" | "signed-out" | "lost";

/** Something the user should know; reasons are codes, worded by the UI in the user's language. */
export type SessionNotice =
  /** Edits the server (or the rebase on a colleague's change) refused, and why. */
  | { kind: "refused"; reasons: OpReason[] }
  /** Undo/redo steps skipped because a colleague changed the same thing since. */
  | { kind: "undo-skipped"; count: number }
  | { kind: "save-failed" }
  | { kind: "signed-out" }
  | { kind: "lost"; status: number };

export interface SessionSnapshot {
  chart: Chart;
  /** The server's version this view is built on. */
  version: number;
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

/** A batch as sent: the same seq and ops every time it is resent, so the server can recognise it. */
export interface SentBatch {
  clientId: string;
  seq: number;
  baseVersion: number;
  ops: ChartOp[];
  /** How many consecutive ops make each gesture: the server applies each whole or not at all. */
  gestures?: number[];
}

/** What became of a send: the transport maps HTTP (or anything else) onto these. */
export type SendOutcome =
  | { kind: "answer"; answer: BatchAnswer }
  /** No answer, or one that cannot be read: unknown whether it applied; send the same batch again. */
  | { kind: "retry" }
  | { kind: "signed-out" }
  | { kind: "lost"; status: number }
  /** The batch itself is malformed (400/413): it will never apply. */
  | { kind: "invalid" };

/** How the session talks to the server. The browser uses HTTP; tests call the server code directly. */
export interface SyncTransport {
  send(batch: SentBatch, options: { keepalive: boolean }): Promise<SendOutcome>;
  /** The chart as the server has it now (after falling too far behind). */
  load(): Promise<VersionedChart>;
}

/** What the session keeps across a reload (lib/sync/pending-store.ts). */
export interface PendingState {
  clientId: string;
  nextSeq: number;
  inflight: SentBatch | null;
  queued: ChartOp[][];
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SessionOptions {
  clientId: string;
  /** Edits not yet confirmed from an earlier visit (IndexedDB), sent first. */
  restored?: PendingState | null;
  /** Called whenever the unconfirmed edits change, to keep them across a reload. */
  persist?: (state: PendingState) => void;
  /** null: never send on its own; the caller calls flush() (tests). */
  timers?: Timers | null;
  now?: () => number;
}

/**
 * An edit waits this long for the ones that follow it (a burst of arrow-key moves), so they go in
 * one request; any longer and colleagues see it late. One request is out at a time anyway, and
 * what is made meanwhile goes in the next one.
 */
const SAVE_DEBOUNCE_MS = 40;
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 8000;
/** Failed attempts (5xx, network) before automatic retries stop and the user is asked. */
const MAX_FAILURES = 5;
/** While signed out: try again this often, so saving resumes soon after signing in elsewhere. */
const SIGNED_OUT_RETRY_MS = 30_000;

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) };

/**
 * One client's view of a live chart: the server's confirmed state, plus a queue of batches not
 * yet confirmed (one in flight at most), plus the user's own undo history. Pure: no React, no
 * fetch; the transport and the timers are given.
 *
 * Invariant: `chart` = the confirmed chart with the in-flight batch and the queued gestures
 * applied op by op, exactly as the server will apply them. Every change from the server (a
 * colleague's batch, or the answer to ours) advances the confirmed chart in version order and
 * rebuilds `chart` on top of it: the rebase. Edits are never dropped for a transport failure;
 * only ops that no longer make sense (the server would refuse them too) are dropped, and said.
 */
export class ChartSession {
  clientId: string;
  private confirmed: VersionedChart;
  private chart: Chart;
  private inflight: SentBatch | null = null;
  private queued: ChartOp[][] = [];
  private nextSeq = 1;
  /** Changes that arrived ahead of a missing one, by version. */
  private ahead = new Map<number, ChangeEvent>();
  private readonly history: HistoryManager;
  private status: SaveStatus = "saved";
  private notice: SessionNotice | null = null;
  private snapshot: SessionSnapshot;
  private listeners = new Set<() => void>();
  private timer: unknown = null;
  private failures = 0;
  private stopped = false;
  private reloading = false;
  private sending = false;
  /** Retry was asked for while a request was out: if that request fails, the retry still happens. */
  private retryAsked = false;
  private readonly timers: Timers | null;

  constructor(
    initial: VersionedChart,
    private readonly transport: SyncTransport,
    private readonly options: SessionOptions,
  ) {
    this.clientId = options.clientId;
    this.timers = options.timers === undefined ? realTimers : options.timers;
    this.history = new HistoryManager({ coalesceMs: 1500, ...(options.now ? { now: options.now } : {}) });
    this.confirmed = initial;
    this.chart = initial;
    const restored = options.restored;
    if (restored && restored.clientId === options.clientId) {
      this.nextSeq = restored.nextSeq;
      this.inflight = restored.inflight;
      this.queued = restored.queued;
      if (this.inflight !== null || this.queued.length > 0) this.status = "saving";
    }
    this.rebuild([]);
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** The state a test or the persistence layer needs: what is not yet confirmed. */
  pending(): PendingState {
    return { clientId: this.clientId, nextSeq: this.nextSeq, inflight: this.inflight, queued: this.queued };
  }

  get confirmedChart(): VersionedChart {
    return this.confirmed;
  }

  /** Applies one gesture locally and queues it. Returns the refusal, if any (nothing applied then). */
  apply(ops: readonly ChartOp[], options: ApplyOptions = {}): OpError | null {
    if (ops.length === 0 || this.status === "lost") return null;
    const result = applyOpsWithInverse(this.chart, ops);
    if (!result.ok) return result.error;
    this.chart = result.chart;
    this.queued.push(...splitGesture(ops));
    if (options.record !== false) {
      this.history.record(ops, result.inverse, options.coalesceKey === undefined ? {} : { coalesceKey: options.coalesceKey });
    }
    this.markPending();
    this.schedule(SAVE_DEBOUNCE_MS);
    this.changed();
    return null;
  }

  undo(): void {
    if (this.status === "lost") return;
    // Only the user's own steps, and only those nobody changed since: the step's ops must still hold.
    this.stepped(this.history.undo((inverse, entry) => stillHolds(this.chart, entry.ops) && this.replay(inverse)).skipped);
  }

  redo(): void {
    if (this.status === "lost") return;
    this.stepped(this.history.redo((ops, entry) => stillHolds(this.chart, entry.inverse) && this.replay(ops)).skipped);
  }

  /** Ends the current typing run (a field lost focus): the next keystroke starts a new undo step. */
  sealHistory(): void {
    this.history.seal();
  }

  /** A change from the server's stream (or the answer to a batch), in any order, possibly twice. */
  receive(events: readonly ChangeEvent[]): void {
    const refused: OpReason[] = [];
    let advanced = false;
    let confirmedOwn = false;
    for (const event of events) if (event.version > this.confirmed.version) this.ahead.set(event.version, event);
    for (let next = this.ahead.get(this.confirmed.version + 1); next !== undefined; next = this.ahead.get(this.confirmed.version + 1)) {
      this.ahead.delete(next.version);
      const result = applyOps(this.confirmed, next.ops);
      if (!result.ok) {
        // The server applied these ops to this very state: a failure means our copy is wrong.
        void this.reload();
        return;
      }
      this.confirmed = { ...result.chart, id: this.confirmed.id, version: next.version };
      advanced = true;
      if (this.inflight !== null && next.clientId === this.clientId && next.seq === this.inflight.seq) {
        this.inflightConfirmed();
        confirmedOwn = true;
      }
    }
    for (const version of this.ahead.keys()) if (version <= this.confirmed.version) this.ahead.delete(version);
    if (!advanced) return;
    this.rebuild(refused);
    // No answer is on its way (it was lost, or saving had stalled): carry on from here.
    if (confirmedOwn && !this.sending) this.afterConfirm();
    else this.changed();
  }

  /** Sends what is queued now (the debounce timer calls it; tests call it directly). */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    // One request at a time: the answer (or its failure) decides what goes next.
    if (this.sending) return;
    if (this.inflight === null) {
      if (this.queued.length === 0 || this.waiting) return;
      const count = takeForRequest(this.queued);
      const gestures = squashGestures(this.queued.slice(0, count));
      this.queued = this.queued.slice(count);
      this.inflight = {
        clientId: this.clientId,
        seq: this.nextSeq++,
        baseVersion: this.confirmed.version,
        ops: gestures.flat(),
        gestures: gestures.map((gesture) => gesture.length),
      };
      this.persist();
    }
    const batch = { ...this.inflight, baseVersion: this.confirmed.version };
    this.sending = true;
    this.status = "saving";
    this.changed();
    let outcome: SendOutcome;
    try {
      outcome = await this.transport.send(batch, { keepalive: options.keepalive ?? false });
    } catch {
      outcome = { kind: "retry" };
    }
    this.sending = false;
    const retryAsked = this.retryAsked;
    this.retryAsked = false;
    this.handle(batch, outcome);
    // The user signed in again (or the network came back) while a request made before was out:
    // its failure is old news, so try again now rather than after the back-off.
    // (`handle` changed the status; TypeScript still narrows it to "saving".)
    const status = this.status as SaveStatus;
    if (retryAsked && (status === "signed-out" || status === "offline")) this.retry();
  }

  /** Tries to save now: the Retry action, and when the browser is back online or the tab regains focus. */
  retry(): void {
    if (this.sending) this.retryAsked = true;
    if (this.status !== "stalled" && this.status !== "signed-out" && this.status !== "offline") return;
    this.failures = 0;
    this.status = "saving";
    this.arm(0);
    this.changed();
  }

  /**
   * Takes over the unconfirmed edits a closed tab left behind (kept in IndexedDB), under that
   * tab's client id and sequence, so a batch it may already have sent is recognised by the
   * server and not applied twice. Only a session that has not sent anything yet can adopt.
   */
  adopt(state: PendingState): boolean {
    if (this.inflight !== null || this.nextSeq !== 1 || this.status === "lost") return false;
    if (state.inflight === null && state.queued.length === 0) return false;
    this.clientId = state.clientId;
    this.nextSeq = state.nextSeq;
    this.inflight = state.inflight;
    this.queued = [...state.queued, ...this.queued];
    this.rebuild([]);
    this.markPending();
    this.status = "saving";
    this.arm(0);
    this.changed();
    return true;
  }

  /** The session was revoked (a 401, or the stream says so): keep everything and ask to sign in. */
  signedOutElsewhere(): void {
    if (this.status === "lost") return;
    this.status = "signed-out";
    this.notice = { kind: "signed-out" };
    this.arm(SIGNED_OUT_RETRY_MS);
    this.changed();
  }

  /**
   * A live stream was accepted, so this tab is signed in (again): a "sign in" notice is over. What
   * is kept is sent now; with nothing kept, everything is saved.
   */
  streamAccepted(): void {
    if (this.status !== "signed-out") return;
    if (this.inflight !== null || this.queued.length > 0) return this.retry();
    this.status = "saved";
    if (this.notice?.kind === "signed-out") this.notice = null;
    this.clearTimer();
    this.changed();
  }

  /** The live stream says access ended (removed, chart deleted, signed out everywhere). */
  accessEnded(status: 403 | 404): void {
    if (this.status !== "lost") this.lost(status);
  }

  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /** (Re)starts sending when the editor mounts; React may unmount and mount an editor again. */
  start(): void {
    this.stopped = false;
    if (this.dirty) this.arm(0);
  }

  /** Stops the timers when the editor unmounts, sending what is queued right away (keepalive). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    void this.flush({ keepalive: true });
  }

  private get dirty(): boolean {
    return this.inflight !== null || this.queued.length > 0;
  }

  private get waiting(): boolean {
    return this.status === "stalled" || this.status === "signed-out" || this.status === "lost";
  }

  private handle(batch: SentBatch, outcome: SendOutcome): void {
    if (this.inflight === null || this.inflight.seq !== batch.seq) {
      // Its change arrived on the stream first; the answer adds nothing but missed changes.
      if (outcome.kind === "answer" && outcome.answer.changes) this.receive(outcome.answer.changes);
      this.afterConfirm();
      return;
    }
    switch (outcome.kind) {
      case "answer":
        this.answered(batch, outcome.answer);
        return;
      case "retry":
        this.retryLater();
        return;
      case "signed-out":
        this.signedOutElsewhere();
        return;
      case "lost":
        this.lost(outcome.status);
        return;
      case "invalid":
        // Never applies: say so and drop it (only a bug in the editor can send one).
        this.inflight = null;
        this.notice = { kind: "refused", reasons: [{ code: "invalid-op", labels: {} }] };
        this.status = "error";
        this.persist();
        this.rebuild([]);
        this.afterConfirm();
        return;
    }
  }

  private answered(batch: SentBatch, answer: BatchAnswer): void {
    this.failures = 0;
    const reasons = answer.results.flatMap((result) => (result.status === "refused" ? [result.reason] : []));
    if (answer.changes === null) {
      this.inflight = null;
      this.persist();
      void this.reload();
      return;
    }
    if (answer.changes) this.receive(answer.changes);
    if (this.inflight?.seq === batch.seq && answer.version > this.confirmed.version) {
      // Our own change, as the server applied it: the ops whose result is "applied".
      const applied = batch.ops.filter((_, i) => answer.results[i]?.status === "applied");
      this.receive([{ version: answer.version, clientId: this.clientId, seq: batch.seq, actor: { id: null, name: "" }, ops: applied }]);
    }
    if (this.inflight?.seq === batch.seq) {
      // The answer is older than what we already have (a resend answered from the log): confirmed.
      this.inflightConfirmed();
      this.rebuild([]);
    }
    if (reasons.length > 0) {
      this.notice = { kind: "refused", reasons: uniqueReasons(reasons) };
      this.status = "error";
    }
    this.afterConfirm();
  }

  private inflightConfirmed(): void {
    this.inflight = null;
    // Saving works again (the answer or the stream confirmed it): the "could not save" notice is stale.
    if (this.notice?.kind === "save-failed" || this.notice?.kind === "signed-out") this.notice = null;
    if (this.status === "stalled" || this.status === "offline" || this.status === "signed-out") this.status = "saving";
    this.persist();
  }

  private afterConfirm(): void {
    if (this.queued.length > 0) {
      this.status = "saving";
      this.arm(0);
    } else if (this.inflight === null && this.status !== "error" && this.status !== "lost") {
      this.status = "saved";
    } else if (this.inflight === null && this.status === "error") {
      // The refusal stays in the notice; the status says everything else is saved.
      this.status = "saved";
    }
    this.changed();
  }

  /** Rebuilds the local chart on the confirmed one: in flight first, then each queued gesture. */
  private rebuild(refused: OpReason[]): void {
    let chart: Chart = this.confirmed;
    if (this.inflight !== null) chart = applyBatch(chart, this.inflight.ops, this.inflight.gestures).chart;
    const kept: ChartOp[][] = [];
    for (const gesture of this.queued) {
      // As the server will: the whole gesture, or none of it.
      const outcome = applyBatch(chart, gesture, [gesture.length]);
      chart = outcome.chart;
      for (const result of outcome.results) if (result.status === "refused") refused.push(result.reason);
      if (outcome.applied.length > 0) kept.push(outcome.applied);
    }
    if (kept.length !== this.queued.length || refused.length > 0) {
      this.queued = kept;
      this.persist();
    }
    this.chart = chart;
    if (refused.length > 0) this.notice = { kind: "refused", reasons: uniqueReasons(refused) };
  }

  private replay(ops: readonly ChartOp[]): boolean {
    const result = applyOps(this.chart, ops);
    if (!result.ok) return false;
    this.chart = result.chart;
    this.queued.push(...splitGesture(ops));
    this.markPending();
    this.schedule(SAVE_DEBOUNCE_MS);
    return true;
  }

  private stepped(skipped: number): void {
    if (skipped > 0) this.notice = { kind: "undo-skipped", count: skipped };
    this.persist();
    this.changed();
  }

  private markPending(): void {
    this.persist();
    if (this.status === "saved" || this.status === "error") this.status = "saving";
  }

  private persist(): void {
    this.options.persist?.(this.pending());
  }

  private async reload(): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    try {
      const chart = await this.transport.load();
      this.ahead.clear();
      if (chart.version >= this.confirmed.version) {
        // Our in-flight batch may or may not be in it; resending it is safe (same seq).
        this.confirmed = chart;
        this.rebuild([]);
        this.changed();
      }
    } catch {
      // The next change or send tries again.
    } finally {
      this.reloading = false;
    }
  }

  private schedule(delay: number): void {
    if (!this.waiting) this.arm(delay);
  }

  private arm(delay: number): void {
    if (this.stopped || this.timers === null || this.sending) return;
    this.clearTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      if (!this.stopped) void this.flush();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null && this.timers !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private lost(status: number): void {
    this.inflight = null;
    this.queued = [];
    this.chart = this.confirmed;
    this.history.clear();
    this.clearTimer();
    this.status = "lost";
    this.notice = { kind: "lost", status };
    this.persist();
    this.changed();
  }

  /** Backs off 1, 2, 4, 8 s; after MAX_FAILURES attempts, stops and waits for Retry. Nothing is dropped. */
  private retryLater(): void {
    this.failures++;
    if (this.failures >= MAX_FAILURES) {
      this.status = "stalled";
      this.notice = { kind: "save-failed" };
      this.changed();
      return;
    }
    this.status = "offline";
    this.changed();
    this.arm(Math.min(FIRST_RETRY_MS * 2 ** (this.failures - 1), MAX_RETRY_MS));
  }

  private changed(): void {
    this.snapshot = this.makeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private makeSnapshot(): SessionSnapshot {
    return {
      chart: this.chart,
      version: this.confirmed.version,
      status: this.status,
      notice: this.notice,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      dirty: this.dirty,
    };
  }
}

/** Every op of a refused gesture carries the same reason: say it once. */
function uniqueReasons(reasons: readonly OpReason[]): OpReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = JSON.stringify(reason);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
