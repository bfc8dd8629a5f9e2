import type { ChartOp } from "./chart-ops";
import { summarizeOps, type ActivityItem } from "./summarize-ops";

export interface ActivityEntry {
  version: number;
  actor: string | null;
  at: string;
  ops: ChartOp[];
}

export interface ActivityGroup {
  actor: string | null;
  /** The minute the group's first change was made (ISO, seconds cut). */
  minute: string;
  /** The newest version in the group. */
  version: number;
  items: ActivityItem[];
}

/**
 * The activity list: changes newest first, grouped per person and minute (typing a title is many
 * small changes; it is one line here), each group summarised.
 */
export function groupActivity(entries: readonly ActivityEntry[], titleOf: (id: string) => string | undefined): ActivityGroup[] {
  const groups: { actor: string | null; minute: string; version: number; ops: ChartOp[] }[] = [];
  const newestFirst = [...entries].sort((a, b) => b.version - a.version);
  for (const entry of newestFirst) {
    const minute = entry.at.slice(0, 16);
    const last = groups[groups.length - 1];
    // Entries are newest first: prepend the older ops, so a group's ops stay in applied order.
    if (last !== undefined && last.actor === entry.actor && last.minute === minute) last.ops = [...entry.ops, ...last.ops];
    else groups.push({ actor: entry.actor, minute, version: entry.version, ops: [...entry.ops] });
  }
  return groups.map((group) => ({ actor: group.actor, minute: group.minute, version: group.version, items: summarizeOps(group.ops, titleOf) })).filter((group) => group.items.length > 0);
}
