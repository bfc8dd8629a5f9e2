/**
 * The words of a part of a compound text that name who does the work rather than the work: a
 * holder's title ("Il Dirigente del Settore Sistemi Informativi", "RUP: dirigente …", "Owner:
 * Product Supply Engineering") and the agent of a passive ("valutato da: Ufficio Tecnico", "owned
 * by the product engineering lead"). The lexicon reads these words as actions (a "dirigente" leads,
 * an "owner" manages, "valutato" chooses), so a unit named next to them would otherwise read as a
 * further duty of leading it. Read from the part as typed: the function words that tell a passive
 * ("da", "by") or a predicate ("è", "is") are dropped by normalisation.
 */

/**
 * Nouns naming the holder of a post. Words that are as often the verb of leading ("lead", "guida",
 * "responsabile di": "Responsabile della sicurezza" states a duty) are not among them.
 */
const HOLDER_TITLES: ReadonlySet<string> = new Set([
  "owner", "owners", "dirigente", "dirigenti", "direttore", "direttrice", "direttori", "director", "directors",
  "manager", "managers", "mgr", "mngr", "head", "capo", "leader", "leaders", "coordinatore", "coordinatrice",
  "coordinator", "supervisor", "supervisore", "rup", "chief", "officer", "referente", "titolare",
]);

/**
 * Words that make a title the predicate ("è il capo del reparto IT", "is the head of IT"): the duty
 * itself. A part is split at the conjunction "e", so an "e" left in it is "è" (or "e'") folded.
 */
const COPULAS: ReadonlySet<string> = new Set(["e", "is", "are", "was", "were", "sono", "era", "erano", "diventa", "becomes", "fa", "acts", "serves"]);

/** What introduces the agent of a passive. */
const AGENT_MARKERS: ReadonlySet<string> = new Set(["by", "da", "dal", "dallo", "dalla", "dall", "dai", "dagli", "dalle"]);

/** A past participle, Italian or English: "valutato", "gestita", "curati", "owned", "led", "run". */
const PARTICIPLE = /(?:[aiu]t[oaie]|ed|run|done|built|made|held|kept)$/;

function foldedWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The folded words of `part` that name who does its work: the holder's titles not stated as a
 * predicate, and a passive's participle with its whole agent ("owned by the … lead").
 */
export function doerWords(part: string): ReadonlySet<string> {
  const words = foldedWords(part);
  const doers = new Set<string>();
  let predicate = false;
  for (const [index, word] of words.entries()) {
    if (COPULAS.has(word)) predicate = true;
    if (HOLDER_TITLES.has(word) && !predicate) doers.add(word);
    const before = words[index - 1];
    if (AGENT_MARKERS.has(word) && before !== undefined && PARTICIPLE.test(before)) {
      doers.add(before);
      for (const agent of words.slice(index + 1)) doers.add(agent);
      break;
    }
  }
  return doers;
}

/**
 * A label that names who holds a post or owns the work, at the start of a part: "Owner: IT Security",
 * "Ruolo: Coordinatore esercizio IT", "Position: internal communications platform owner", "responsabile:
 * Direzione Tecnica". What follows it is a unit or a post's title, not a further piece of work.
 */
const HOLDER_LABEL =
  /^[\s"'«‘“([]*(?:owners?|owned by|responsabile|responsible|referente|titolare|rup|role|ruolo|position|posizione|primary|decider|decisore|assignee|assegnatario|risorsa|sostituto)\s*:/iu;

/** Whether a part of a compound text, as typed, opens with a label naming who holds the post or owns the work. */
export function namesHolder(part: string): boolean {
  return HOLDER_LABEL.test(part);
}
