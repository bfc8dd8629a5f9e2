import type { OrgNode } from "../org/types";
import { translator } from "../i18n/translate";
import { BOUNDARY_PAIRS, DUTIES, type DutyId, type Lang, type RoleName } from "./catalog";

/**
 * How a message names a node: its title, and the person when there is one. Never the id: ids
 * are internal, and a message must not change when they do.
 */
export function nodeName(node: Pick<OrgNode, "title" | "person"> | undefined, lang: Lang): string {
  const title = node?.title.trim() || translator(lang)("rules.untitled");
  return node?.person ? `"${title}" (${node.person})` : `"${title}"`;
}

/** The names of several nodes, alphabetically, so the message is the same however the chart is ordered. */
export function nodeNames(ids: readonly string[], nodesById: ReadonlyMap<string, Pick<OrgNode, "title" | "person">>, lang: Lang): string {
  const names = ids.map((id) => nodeName(nodesById.get(id), lang)).sort();
  return listOf(names, lang);
}

/** "a", "a and b", "a, b and c" in either language. */
export function listOf(items: readonly string[], lang: Lang): string {
  const and = translator(lang)("rules.and");
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

export function dutyName(duty: DutyId, lang: Lang): string {
  return `«${DUTIES[duty].label[lang]}»`;
}

export function roleOwning(duty: DutyId): RoleName {
  return DUTIES[duty].owner;
}

/** The document's split for a boundary duty, to show where the line runs; empty otherwise. */
export function boundaryNote(duty: DutyId, lang: Lang): string {
  const pair = BOUNDARY_PAIRS.find((candidate) => candidate.cio.includes(duty) || candidate.cto.includes(duty));
  return pair === undefined ? "" : ` ${pair.explanation[lang]}`;
}
