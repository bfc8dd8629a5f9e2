import type { OrgNode } from "../org/types";
import { foldText, words } from "./text/fold";

/** Which of the document's two roles a node holds. Both: one person is CIO and CTO at once. */
export interface RoleHolding {
  cio: boolean;
  cto: boolean;
  /** Where the answer came from: the explicit `role` field, the title, or neither. */
  from: "role" | "title" | "none";
}

const NONE: RoleHolding = { cio: false, cto: false, from: "none" };

// Titles that name someone *around* the role rather than the role itself ("Assistant to the CIO").
const NOT_THE_HOLDER = new Set([
  "assistant", "assistente", "segretaria", "segretario", "secretary", "deputy", "vice",
  "vicedirettore", "vicedirettrice", "office", "ufficio", "staff", "former", "ex",
]);

// Words that make a title a position of leadership.
const LEADER = new Set([
  "direttore", "direttrice", "director", "head", "chief", "responsabile", "capo", "dirigente",
  "manager", "officer", "vp", "svp", "evp", "cxo", "leader",
]);
// "IT Manager" is the top IT person in most firms; a "Technology Manager" rarely the CTO.
const LEADER_FOR_CTO = new Set([...LEADER].filter((word) => word !== "manager" && word !== "leader"));

// Words allowed around the subject without changing whose title it is ("Global IT Director").
const FILLER = new Set([
  "di", "dei", "del", "della", "delle", "dell", "degli", "of", "the", "for", "and", "e", "&",
  "group", "gruppo", "global", "corporate", "aziendale", "company", "interim", "senior", "president",
]);

// Multi-word subjects are joined before the word-by-word test.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bchief information officer\b/g, "cio"],
  [/\bchief technology officer\b|\bchief technical officer\b|\bchief technologist\b/g, "cto"],
  [/\bsistemi informativi\b|\binformation technology\b|\binformation systems\b|\bsistemi informatici\b/g, "it"],
  [/\bdirezione\b/g, "direttore"],
];

const IT_SUBJECT = new Set(["it", "ict", "ced", "informatica", "informatico", "informatici", "is"]);
const TECH_SUBJECT = new Set(["tecnico", "tecnica", "tecnologia", "tecnologie", "tecnologico", "technology", "technical", "tech"]);

// Analysis runs on every keystroke and titles rarely change: read each distinct title once.
const MAX_CACHED = 20_000;
const cache = new Map<string, { cio: boolean; cto: boolean }>();

function rolesIn(text: string): { cio: boolean; cto: boolean } {
  let known = cache.get(text);
  if (known === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    known = readRoles(text);
    cache.set(text, known);
  }
  return known;
}

function readRoles(text: string): { cio: boolean; cto: boolean } {
  let folded = ` ${foldText(text)} `;
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  const tokens = words(folded.trim());
  if (tokens.some((token) => NOT_THE_HOLDER.has(token))) return { cio: false, cto: false };

  let cio = tokens.includes("cio");
  let cto = tokens.includes("cto");
  // "Responsabile IT", "Direttore della tecnologia": a leader word, a subject, and nothing else
  // (so "IT Operations Manager" or "Technical Writer" are not taken for the role).
  const leaders = tokens.filter((token) => LEADER.has(token));
  const rest = tokens.filter((token) => !LEADER.has(token) && !FILLER.has(token));
  if (leaders.length > 0 && rest.length > 0) {
    if (rest.every((token) => IT_SUBJECT.has(token))) cio = true;
    if (rest.every((token) => TECH_SUBJECT.has(token)) && leaders.some((token) => LEADER_FOR_CTO.has(token))) {
      cto = true;
    }
  }
  return { cio, cto };
}

/**
 * The roles a node holds. The explicit `role` field wins ("CIO", "CTO", "CIO+CTO", or any other
 * string, which means neither); without one, the role is inferred from the title, Italian or English.
 */
export function recognizeRole(node: Pick<OrgNode, "role" | "title">): RoleHolding {
  const explicit = node.role?.trim() ?? "";
  if (explicit !== "") {
    const { cio, cto } = rolesIn(explicit);
    return { cio, cto, from: "role" };
  }
  const { cio, cto } = rolesIn(node.title);
  return cio || cto ? { cio, cto, from: "title" } : NONE;
}
