import { NODE_FIELDS } from "./chart-ops";
import type { Chart } from "./types";

/** A field both sides changed since the proposal started: merging keeps the proposal's value. */
export interface OverwrittenChange {
  nodeId: string;
  /** The card's title in the origin, as the people who changed it know it. */
  title: string;
  field: (typeof NODE_FIELDS)[number] | "responsibility";
  /** The origin's value that the merge replaces. */
  was: string | null;
  /** The proposal's value. */
  now: string | null;
}

/**
 * Which of the origin's changes since the proposal started a merge overwrites: edits apply last
 * writer wins per field, so a field changed on both sides ends with the proposal's value. Listed
 * so whoever merges sees it before and after.
 */
export function overwrittenChanges(base: Chart, origin: Chart, proposal: Chart): OverwrittenChange[] {
  const baseNodes = new Map(base.nodes.map((node) => [node.id, node]));
  const proposalNodes = new Map(proposal.nodes.map((node) => [node.id, node]));
  const found: OverwrittenChange[] = [];
  for (const node of origin.nodes) {
    const before = baseNodes.get(node.id);
    const theirs = proposalNodes.get(node.id);
    if (before === undefined || theirs === undefined) continue;
    for (const field of NODE_FIELDS) {
      if (node[field] !== before[field] && theirs[field] !== before[field] && theirs[field] !== node[field]) {
        found.push({ nodeId: node.id, title: node.title, field, was: show(node[field]), now: show(theirs[field]) });
      }
    }
    const beforeTexts = new Map(before.responsibilities.map((r) => [r.id, r.text]));
    const theirTexts = new Map(theirs.responsibilities.map((r) => [r.id, r.text]));
    for (const r of node.responsibilities) {
      const was = beforeTexts.get(r.id);
      const proposed = theirTexts.get(r.id);
      if (was !== undefined && proposed !== undefined && r.text !== was && proposed !== was && proposed !== r.text) {
        found.push({ nodeId: node.id, title: node.title, field: "responsibility", was: r.text, now: proposed });
      }
    }
  }
  return found;
}

function show(value: string | boolean | null): string | null {
  return typeof value === "boolean" ? String(value) : value;
}
