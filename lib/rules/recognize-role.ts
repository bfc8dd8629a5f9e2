import type { OrgNode } from "../org/types";
import { foldText, words } from "./text/fold";

/** Which of the document's two roles a node holds. Both: one person is CIO and CTO at once. */
export interface RoleHolding {
  cio: boolean;
  cto: boolean;
  /** Where the answer came from: the explicit `role` field, the title, or neither. */
  from: "role" | "title" | "none";
  /**
   * The role was only described, not named: a leader word and a subject ("Responsabile IT",
   * "Head of IT", "IT Manager", "Direttore tecnico") rather than "CIO", "Chief Technology
   * Officer" or an explicit `role`. Such a node is the CIO (CTO) of a chart that names none;
   * in a chart that does, it is an IT (technical) manager, not a second CIO (computeRoleBranches).
   */
  described: boolean;
}

const NONE: RoleHolding = { cio: false, cto: false, from: "none", described: false };

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
  [
    /\b(sistemi|servizi) (informativi|informatici|it|ict)\b|\binformation (technology|systems)\b|\b(it|ict) services\b/g,
    "it",
  ],
  [/\bdirezione\b/g, "direttore"],
];

const IT_SUBJECT = new Set(["it", "ict", "ced", "informatica", "informatico", "informatici", "is"]);
const TECH_SUBJECT = new Set(["tecnico", "tecnica", "tecnologia", "tecnologie", "tecnologico", "technology", "technical", "tech"]);

// Analysis runs on every keystroke and titles rarely change: read each distinct title once.
const MAX_CACHED = 20_000;
interface TitleRoles {
  cio: boolean;
  cto: boolean;
  described: boolean;
}
const cache = new Map<string, TitleRoles>();

function rolesIn(text: string): TitleRoles {
  let known = cache.get(text);
  if (known === undefined) {
    if (cache.size >= MAX_CACHED) cache.clear();
    known = readRoles(text);
    cache.set(text, known);
  }
  return known;
}

function readRoles(text: string): TitleRoles {
  let folded = ` ${foldText(text)} `;
  for (const [pattern, replacement] of PHRASES) folded = folded.replace(pattern, replacement);
  const tokens = words(folded.trim());
  if (tokens.some((token) => NOT_THE_HOLDER.has(token))) return { cio: false, cto: false, described: false };

  let cio = tokens.includes("cio");
  let cto = tokens.includes("cto");
  if (cio || cto) return { cio, cto, described: false };
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
  return { cio, cto, described: cio || cto };
}

/**
 * The roles a node holds. The explicit `role` field wins ("CIO", "CTO", "CIO+CTO", or any other
 * string, which means neither); without one, the role is inferred from the title, Italian or English.
 */
export function recognizeRole(node: Pick<OrgNode, "role" | "title">): RoleHolding {
  const explicit = node.role?.trim() ?? "";
  if (explicit !== "") {
    // An explicit role is a decision, however it is worded.
    const { cio, cto } = rolesIn(explicit);
    return { cio, cto, from: "role", described: false };
  }
  const { cio, cto, described } = rolesIn(node.title);
  return cio || cto ? { cio, cto, from: "title", described } : NONE;
}
