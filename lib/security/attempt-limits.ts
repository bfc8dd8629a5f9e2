/**
 * How many failed attempts each kind of key tolerates before it must wait, and how long. Pure: the
 * database layer (lib/server/data/rate-limits.ts) stores the counts so all app instances share them.
 *
 * After `free` failures every further failure doubles the wait, from `firstDelaySeconds` up to
 * `maxDelaySeconds`. Counts are forgotten `forgetAfterSeconds` after the last failure, so a limit
 * never locks anyone out for good.
 */
export interface LimitRule {
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

export const LIMIT_RULES = {
  /** Failed sign-ins for one email from clients that have never signed in to it. */
  account: { free: 10, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 },
  /** Failed sign-ins from one browser that has signed in to that account before (its device cookie). */
  device: { free: 10, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 },
  /** Failed sign-ins from one client address, whatever the email (password spraying). */
  client: { free: 30, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 24 * 3600 },
  /** Accounts created from one client address: every sign-up counts, not only failures. */
  signup: { free: 10, firstDelaySeconds: 60, maxDelaySeconds: 60 * 60, forgetAfterSeconds: 3600 },
  /** Invitation links tried by one user that were not valid. */
  invite: { free: 10, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, forgetAfterSeconds: 3600 },
} as const satisfies Record<string, LimitRule>;

export type LimitKind = keyof typeof LIMIT_RULES;

export interface LimitState {
  failures: number;
  blockedUntil: Date | null;
  updatedAt: Date;
}

/** Seconds the caller must still wait, or 0 when an attempt may go ahead now. */
export function secondsToWait(state: LimitState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000));
}

/** Whether a stored count is old enough to start again from zero. */
export function isForgotten(rule: LimitRule, state: LimitState | null, now: Date): boolean {
  return !state || now.getTime() - state.updatedAt.getTime() > rule.forgetAfterSeconds * 1000;
}

/** When the next attempt may happen after `failures` failures in a row (null: at once). */
export function blockedUntilAfter(rule: LimitRule, failures: number, now: Date): Date | null {
  if (failures < rule.free) return null;
  const doublings = Math.min(failures - rule.free, 30);
  const seconds = Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** doublings);
  return new Date(now.getTime() + seconds * 1000);
}
