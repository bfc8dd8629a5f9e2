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

/**
 * What names who the work is entrusted to or directed by, whatever comes before it ("funzionanti a cura
 * dell'Ufficio Sistemi Informativi", "sotto la direzione del Dirigente Sistemi Informativi", "under the
 * direction of the IT manager"): its last word (the care, the direction) and all that follows name who.
 */
const ENTRUSTED_TO: readonly (readonly (string | RegExp)[])[] = [
  ["a", "cura", /^d(?:i|el|ello|ella|ell|ei|egli|elle)$/],
  ["sotto", /^(?:la|l)$/, /^(?:direzione|guida|supervisione|responsabilita|regia)$/, /^d(?:i|el|ello|ella|ell|ei|egli|elle)$/],
  ["under", "the", /^(?:direction|leadership|supervision|guidance|responsibility)$/, "of"],
];

function entrustedAt(words: readonly string[], index: number): number {
  for (const marker of ENTRUSTED_TO) {
    if (marker.every((part, offset) => (typeof part === "string" ? words[index + offset] === part : part.test(words[index + offset] ?? "")))) return marker.length;
  }
  return 0;
}

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
 * predicate, and a passive's participle with its whole agent ("owned by the … lead"), or whoever the
 * work is entrusted to ("a cura dell'Ufficio …"); `agent` when one of the latter is named.
 */
export function readDoers(part: string): { words: ReadonlySet<string>; agent: boolean } {
  const words = foldedWords(part);
  const doers = new Set<string>();
  let predicate = false;
  for (const [index, word] of words.entries()) {
    if (COPULAS.has(word)) predicate = true;
    if (HOLDER_TITLES.has(word) && !predicate) doers.add(word);
    const entrusted = entrustedAt(words, index);
    if (entrusted > 0) {
      // The marker's noun ("cura", "direzione") reads as an action; it and its agent name who.
      for (const agent of words.slice(index + entrusted - 2)) doers.add(agent);
      return { words: doers, agent: true };
    }
    const before = words[index - 1];
    if (AGENT_MARKERS.has(word) && before !== undefined && PARTICIPLE.test(before)) {
      doers.add(before);
      for (const agent of words.slice(index + 1)) doers.add(agent);
      return { words: doers, agent: true };
    }
  }
  return { words: doers, agent: false };
}

/**
 * A label that names who holds a post or owns the work, at the start of a part: "Owner: IT Security",
 * "Ruolo: Coordinatore esercizio IT", "Position: internal communications platform owner", "responsabile:
 * Direzione Tecnica". What follows it is a unit or a post's title, not a further piece of work.
 */
const HOLDER_LABEL =
  /^[\s"'«‘“([]*(?:owners?|owned by|responsabile|responsible|referente|referenti|titolare|rup|role|ruolo|position|posizione|primary|decider|decisore|assignee|assegnatario|risorsa|sostituto|lead|led by|sponsors?|relatore|relatrice|relatori|speakers?|presenter|contacts?|point of contact|contatto|contatti|rif\.?|ref\.?|riferimento)\s*:/iu;

/**
 * A greeting that opens a message ("'Hi Service Desk crew", "Ciao a tutti", "Dear IT team") names whom it
 * is written to, not the work; only when the part is that short (the message itself runs on).
 */
const GREETING = /^[\s"'«‘“([]*(?:hi|hello|hey|dear|ciao|salve|buongiorno|gentile|gentili|caro|cara|cari|care)(?![\p{L}\p{N}])/iu;
const GREETING_WORDS = 5;

/**
 * Whether a part of a compound text, as typed, names who holds the post, owns the work or is addressed:
 * it opens with a label of who ("Owner:", "Lead:", "Sponsor:", "Rif.:") or is a greeting.
 */
export function namesHolder(part: string): boolean {
  return HOLDER_LABEL.test(part) || (GREETING.test(part) && foldedWords(part).length <= GREETING_WORDS);
}

/** A person's name as typed: one to three capitalised words or initials ("Marco Zeni", "G. Pace"). */
const PERSON = /^(?:\p{Lu}[\p{Ll}'’-]*\.?\s+){0,2}\p{Lu}[\p{Ll}'’-]+$/u;
/** A signature's title: a few words after the name ("Responsabile IT", "CTO", "Head of Infrastructure"). */
const TITLE_WORDS = 4;

/**
 * The parts that sign a text: a person's name after its last dash, then a comma and a short title
 * ("… – Marco Zeni, Responsabile IT", "… – Jonas Berg, CTO"). They say who wrote or said it, not a
 * further piece of work. The indexes of the two parts, none when the text ends otherwise.
 */
export function signatureParts(text: string, parts: readonly { text: string; start: number; end: number }[]): ReadonlySet<number> {
  const title = parts.length - 1;
  const name = title - 1;
  const [before, named, titled] = [parts[name - 1], parts[name], parts[title]];
  if (before === undefined || named === undefined || titled === undefined) return new Set();
  const dashed = /^\s*[-–—]\s*$/.test(text.slice(before.end, named.start));
  const comma = /^\s*,\s*$/.test(text.slice(named.end, titled.start));
  const words = foldedWords(titled.text).length;
  return dashed && comma && PERSON.test(named.text) && words >= 1 && words <= TITLE_WORDS ? new Set([name, title]) : new Set();
}

/** A document's title, as the first part of a text: at most this many words. */
const HEADING_WORDS = 4;

/**
 * Whether the first part of a text is only the title of the document it comes from: a few words that a
 * dash or a line break closes ("Jira Service Management – Coda …", "Mindmap: Product roadmap 2026\n…").
 * It says where the line is written, not a further piece of work (it may still carry the main one).
 */
export function headingPart(text: string, parts: readonly { text: string; start: number; end: number }[]): boolean {
  const [first, next] = parts;
  if (first === undefined || next === undefined) return false;
  const words = foldedWords(first.text).length;
  return words >= 1 && words <= HEADING_WORDS && /^\s*(?:[-–—|]|[\n\r])/.test(text.slice(first.end, next.start));
}
