import type { Db } from "../create-prisma-client";
import { blockedUntilAfter, isForgotten, LIMIT_RULES, secondsToWait, type LimitKind, type LimitRule } from "../../security/attempt-limits";

export interface LimitKey {
  kind: LimitKind;
  /** An email, device id, client address or user id; stored as "kind:value". */
  value: string;
}

/**
 * The rule for a kind. Operators may allow more sign-ups per address per hour (a workshop where 20
 * people create accounts behind one NAT): ORGPLAN_SIGNUPS_PER_HOUR.
 */
function ruleFor(kind: LimitKind): LimitRule {
  const signups = Number(process.env.ORGPLAN_SIGNUPS_PER_HOUR);
  if (kind === "signup" && Number.isInteger(signups) && signups > 0) return { ...LIMIT_RULES.signup, free: signups };
  return LIMIT_RULES[kind];
}

const keyOf = (key: LimitKey) => `${key.kind}:${key.value}`.slice(0, 300);

/** The longest wait among the keys, in seconds; 0 when the attempt may go ahead. */
export async function secondsUntilAllowed(db: Db, keys: LimitKey[], now = new Date()): Promise<number> {
  const rows = await db.rateLimit.findMany({ where: { key: { in: keys.map(keyOf) } } });
  return rows.reduce((longest, row) => Math.max(longest, secondsToWait(row, now)), 0);
}

/**
 * Counts one failure on every key. The increment is one atomic upsert per key, so concurrent
 * requests on several app instances never lose a count; the wait is then derived from the count.
 */
export async function recordFailure(db: Db, keys: LimitKey[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const rule = ruleFor(key.kind);
    const id = keyOf(key);
    const existing = await db.rateLimit.findUnique({ where: { key: id } });
    if (existing && isForgotten(rule, existing, now)) await db.rateLimit.deleteMany({ where: { key: id, updatedAt: existing.updatedAt } });
    const row = await db.rateLimit.upsert({
      where: { key: id },
      create: { key: id, failures: 1, updatedAt: now },
      update: { failures: { increment: 1 }, updatedAt: now },
    });
    const blockedUntil = blockedUntilAfter(rule, row.failures, now);
    if (blockedUntil) await db.rateLimit.updateMany({ where: { key: id, failures: row.failures }, data: { blockedUntil } });
  }
}

/** A success clears the keys it proves innocent (the device and the account it signed in to). */
export async function clearLimits(db: Db, keys: LimitKey[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys.map(keyOf) } } });
}
