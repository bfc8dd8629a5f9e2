import type { PresenceUpdate } from "./presence";

type Fields = Omit<PresenceUpdate, "clientId">;

/**
 * What a tab tells the others, merged and sent at most once per interval: a pointer moving for a
 * minute is a few hundred small posts, not thousands, and the last position always goes out.
 * A summon is never merged away. Sending failures are not retried: the next change, or the
 * snapshot after a reconnect, says it again.
 */
export class PresenceOutbox {
  private pending: Fields | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = -Infinity;

  constructor(
    private readonly clientId: string,
    private readonly send: (update: PresenceUpdate) => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  announce(fields: Fields): void {
    this.pending = { ...this.pending, ...fields };
    if (this.timer !== null) return;
    const wait = this.lastSent + this.intervalMs - this.now();
    if (wait <= 0 && !fields.summon) this.flush();
    else this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending === null) return;
    const fields = this.pending;
    this.pending = null;
    this.lastSent = this.now();
    this.send({ clientId: this.clientId, ...fields });
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
