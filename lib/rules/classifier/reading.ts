import { ACTIONS, type Concept, type OutOfScopeDomain } from "./concepts";
import { LEXICON, OUT_OF_SCOPE_LEXICON } from "./lexicon";
import { buyFromAt, dropDocumentMarks, makeVerdict, NUMBER } from "./document-frames";
import { foldClauses, type ClauseEnd } from "./fold-clauses";
import { negatedWords } from "./negated-words";
import { IT_AFTER, IT_BEFORE, PHRASES, STOPWORDS } from "./phrases";

/** What a responsibility's words say, before any duty is considered. */
export interface Reading {
  /** Each concept present, with the first word that evoked it (for explanations). */
  concepts: Map<Concept, string>;
  /** The concepts present only because another implies them ("IT" → technology). */
  implied: Set<Concept>;
  /** Out-of-scope evidence by domain: summed weight and the words that gave it. */
  outOfScope: Map<OutOfScopeDomain, { weight: number; words: string[] }>;
}

interface WordSense {
  concepts: Concept[];
  outOfScope: { domain: OutOfScopeDomain; weight: number }[];
}

interface Tables {
  exact: Map<string, WordSense>;
  prefixes: Map<string, WordSense>;
  longestPrefix: number;
  /** Long lexicon keys and their one-letter deletions, for reading misspelt words. */
  nearKeys: Map<string, { key: string; isPrefix: boolean }>;
  /** Phrases containing a function word, matched before function words are dropped. */
  phrasesAsTyped: PhraseIndex;
  /** The other phrases, matched after. */
  phrases: PhraseIndex;
}

type PhraseIndex = Map<string, { words: string[]; replacement: string }[]>;

const MIN_PREFIX = 3;

function compileTables(): Tables {
  const exact = new Map<string, WordSense>();
  const prefixes = new Map<string, WordSense>();
  const senseFor = (entry: string): WordSense => {
    const isPrefix = entry.endsWith("*");
    const key = isPrefix ? entry.slice(0, -1) : entry;
    if (isPrefix && key.length < MIN_PREFIX) throw new Error(`Lexicon stem too short: ${entry}`);
    const table = isPrefix ? prefixes : exact;
    let sense = table.get(key);
    if (sense === undefined) {
      sense = { concepts: [], outOfScope: [] };
      table.set(key, sense);
    }
    return sense;
  };
  for (const entry of LEXICON) {
    for (const word of entry.words) {
      const sense = senseFor(word);
      for (const concept of entry.concepts) if (!sense.concepts.includes(concept)) sense.concepts.push(concept);
    }
  }
  for (const entry of OUT_OF_SCOPE_LEXICON) {
    for (const word of entry.words) senseFor(word).outOfScope.push({ domain: entry.domain, weight: entry.weight });
  }

  const phrasesAsTyped: PhraseIndex = new Map();
  const phrases: PhraseIndex = new Map();
  for (const [replacement, variants] of PHRASES) {
    for (const phrase of variants) {
      const phraseWords = phrase.split(" ");
      const first = phraseWords[0];
      if (first === undefined || first.endsWith("*")) throw new Error(`Phrase must start with a whole word: ${phrase}`);
      const index = phraseWords.some((word) => STOPWORDS.has(word)) ? phrasesAsTyped : phrases;
      const list = index.get(first) ?? [];
      list.push({ words: phraseWords, replacement });
      index.set(first, list);
    }
  }
  // Longest phrase first, so "help desk support" is not cut short by a two-word phrase.
  for (const index of [phrasesAsTyped, phrases]) {
    for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  const longestPrefix = Math.max(...[...prefixes.keys()].map((key) => key.length));
  return { exact, prefixes, longestPrefix, nearKeys: indexNearKeys(exact, prefixes), phrasesAsTyped, phrases };
}

// Typo tolerance is limited to long words: between short words of two languages, one letter
// is often the whole difference in meaning ("servire" is not "server").
const MIN_TYPO_LENGTH = 7;

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i++) variants.push(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/**
 * Only words that carry a duty's concepts are typo targets: reading "rendere" as a misspelt
 * "vendere" (sales) would throw away a good responsibility, which is worse than missing a typo.
 */
function indexNearKeys(exact: Map<string, WordSense>, prefixes: Map<string, WordSense>): Tables["nearKeys"] {
  const near: Tables["nearKeys"] = new Map();
  const add = (key: string, sense: WordSense, isPrefix: boolean) => {
    if (key.length < MIN_TYPO_LENGTH || sense.concepts.length === 0 || sense.outOfScope.length > 0) return;
    for (const variant of [key, ...deletions(key)]) if (!near.has(variant)) near.set(variant, { key, isPrefix });
  };
  for (const [key, sense] of exact) add(key, sense, false);
  for (const [key, sense] of prefixes) add(key, sense, true);
  return near;
}

/** Optimal string alignment distance, stopping early once it exceeds 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  return (
    restA === restB || // substitution
    a.slice(i) === b.slice(i + 1) || // a letter too few
    a.slice(i + 1) === b.slice(i) || // a letter too many
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped letters
  );
}

/** The lexicon key one typo away from the word (or from its beginning, for stems), if any. */
function nearestKey(word: string, tables: Tables): { sense: WordSense; key: string } | undefined {
  if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) return undefined;
  for (let length = Math.min(word.length, tables.longestPrefix + 1); length >= MIN_TYPO_LENGTH - 1; length--) {
    const start = word.slice(0, length);
    for (const variant of [start, ...deletions(start)]) {
      const near = tables.nearKeys.get(variant);
      // A typo in the first letter is rare; a different first letter is usually a different word.
      if (near === undefined || near.key[0] !== word[0] || (!near.isPrefix && length !== word.length)) continue;
      if (!withinOneEdit(start, near.key)) continue;
      const sense = (near.isPrefix ? tables.prefixes : tables.exact).get(near.key);
      if (sense !== undefined) return { sense, key: near.key };
    }
  }
  return undefined;
}

let tables: Tables | undefined;
function getTables(): Tables {
  tables ??= compileTables();
  return tables;
}

function lookUp(word: string, { exact, prefixes, longestPrefix }: Tables): WordSense | undefined {
  const whole = exact.get(word);
  if (whole !== undefined) return whole;
  for (let length = Math.min(word.length, longestPrefix); length >= MIN_PREFIX; length--) {
    const sense = prefixes.get(word.slice(0, length));
    if (sense !== undefined) return sense;
  }
  return undefined;
}

// Acronyms that collide with Italian words once lower-cased ("ai" = "to the"), so they are
// recognised from their capitals before folding.
const UPPER_IT = /(?<![A-Za-z])I\.?T\.?(?![A-Za-z])/g;
const UPPER_AI = /(?<![A-Za-z])(?:A\.?I|I\.?A)\.?(?![A-Za-z])/g;

// KPI and OKR shorthand: "-15% costi" is a cut, "+10% margin" a rise; folding would drop the sign.
const MINUS_PERCENT = /(?<![\p{L}\p{N}])[-−–]\s?\d+(?:[.,]\d+)?\s?%/gu;
const PLUS_PERCENT = /(?<![\p{L}\p{N}])\+\s?\d+(?:[.,]\d+)?\s?%/gu;

// A rate of hours ("~30h/month", "2 h/day", "900 ore/anno") is working time, as "ore di lavoro" is.
const HOURS_RATE = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours|ore)\s?(?:\/|per|a|al|all')\s?(?:month|day|week|year|mese|giorno|settimana|anno)(?![\p{L}])/giu;

/**
 * An employer named after a title ("Director of Infrastructure at Nordhavn Logistics", "CTO of Brightline
 * Robotics", "CTO di Frigotecnica Veneta") or by its legal form ("Verity Comms Ltd", "Sinergia IT S.r.l."):
 * a name, whose "Robotics", "Logistics", "Payments" or "Comms" is not the work. Only capitalised words, so
 * text typed in capitals keeps its words, and only after "at", "presso" or an executive's "of"/"di": the
 * trade a title names stays ("Head of Logistics").
 */
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}'’-]*\\p{Ll}[\\p{Ll}\\p{M}'’-]*";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
const EMPLOYER = new RegExp(`(?<=(?<![\\p{L}])(?:at|presso|(?:CTO|CIO|CEO|CFO|COO|CISO|CDO|CPO|CMO|CHRO)\\s+(?:of|di|at))\\s+)${NAME}(?![\\p{L}])`, "gu");
const LEGAL_NAME = new RegExp(`(?<![\\p{L}])${NAME}(?:\\s+(?:IT|ICT))?\\s+(?:Ltd|Limited|Inc|GmbH|AG|plc|LLC|S\\.?p\\.?A|S\\.?r\\.?l|Soc\\.\\s+Coop)\\b\\.?`, "gu");

/** The honorific "Dr"/"Dr." before a name ("Dr Anil Mehta") is no disaster recovery ("DR site" is typed in capitals). */
const DOCTOR = new RegExp(`(?<![\\p{L}])Dr\\.?(?=\\s+${NAME_WORD}(?![\\p{L}]))`, "gu");

function matchesPhraseWord(pattern: string, word: string): boolean {
  return pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

function phraseAt(words: readonly string[], at: number, index: PhraseIndex): { words: string[]; replacement: string } | undefined {
  return index.get(words[at] as string)?.find((phrase) =>
    phrase.words.every((pattern, offset) => {
      const candidate = words[at + offset];
      return candidate !== undefined && matchesPhraseWord(pattern, candidate);
    }),
  );
}

const matchesPhraseAt = (words: readonly string[], at: number, index: PhraseIndex): boolean => phraseAt(words, at, index) !== undefined;

function joinPhrases(words: readonly string[], index: PhraseIndex): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    const match = phraseAt(words, i, index);
    joined.push(match === undefined ? word : match.replacement);
    i += match === undefined ? 1 : match.words.length;
  }
  return joined;
}

/**
 * The normalised words of a responsibility: folded, acronyms resolved, function words dropped,
 * multi-word expressions joined. Two texts with the same normalised words classify identically,
 * which is what makes this the key of the classification cache.
 */
export function normalizeWords(text: string): string[] {
  let marked = dropDocumentMarks(text).replace(DOCTOR, " ").replace(LEGAL_NAME, " ").replace(EMPLOYER, " ").replace(HOURS_RATE, " workinghours ").replace(UPPER_IT, " infotech ").replace(MINUS_PERCENT, " decrease ").replace(PLUS_PERCENT, " increase ");
  // In text typed all in capitals "AI" is as likely the Italian "ai" as the acronym.
  if (text !== text.toUpperCase()) marked = marked.replace(UPPER_AI, " artificialintelligence ");
  const { words: folded, ends, bracketed } = foldClauses(marked);
  const tables = getTables();
  const negated = negatedWords(
    folded,
    ends,
    // A fixed expression with its own negation ("non servono più", "no longer serve"), with or without function words.
    (index) => matchesPhraseAt(folded, index, tables.phrasesAsTyped) || (NEGATIONS.has(folded[index] as string) && matchesPhraseAt(folded, index, tables.phrases)),
    (word) => {
      const sense = lookUp(word, tables);
      return sense !== undefined && (sense.outOfScope.length > 0 || sense.concepts.some((concept) => ACTIONS.has(concept)));
    },
    (index) => {
      for (const phrases of [tables.phrasesAsTyped, tables.phrases]) {
        const phrase = phraseAt(folded, index, phrases);
        if (phrase !== undefined) return (lookUp(phrase.replacement, tables)?.outOfScope.length ?? 0) > 0 ? phrase.words.length : 0;
      }
      return (lookUp(folded[index] as string, tables)?.outOfScope.length ?? 0) > 0 ? 1 : 0;
    },
    bracketed,
  );

  // A make-or-buy memo that recommends making in house turns down the vendors it names: they are not the work.
  const madeInHouse = makeVerdict(folded, ends);
  // One that recommends buying from someone names a supplier ("BUY from Nanoveil"): its "buy" is no purchasing work.
  const boughtFrom = buyFromAt(folded, ends);
  const resolved: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (negated.has(i)) continue;
    const word = folded[i] as string;
    if (madeInHouse && (lookUp(word, tables)?.concepts.includes("vendor") ?? false)) continue;
    if (i === boughtFrom) {
      resolved.push(SUPPLIER);
      continue;
    }
    if (word === "ced" && cedIsPlace(folded, i, ends, tables)) resolved.push("datacenter");
    else if (word !== "it") resolved.push(word);
    else if (IT_BEFORE.has(folded[i - 1] ?? "") || IT_AFTER.has(folded[i + 1] ?? "")) resolved.push("infotech");
    if (OUR.has(word) && isOwnGoods(folded, i + 1, tables, ends)) resolved.push(GOODS_MARK);
  }

  const { phrasesAsTyped, phrases } = tables;
  const content = joinPhrases(resolved, phrasesAsTyped).filter((word) => !STOPWORDS.has(word));
  return joinPhrases(content, phrases);
}

/** The word a supplier named by a make-or-buy memo's verdict stands for. */
const SUPPLIER = "supplier";

/** Titles that, right before it, make the CED a unit someone heads ("Capo CED", "Responsabile del CED"). */
const HEADS_OF: ReadonlySet<string> = new Set(["capo", "responsabile", "resp", "direttore", "dirigente", "head", "manager"]);
const OF_WORDS: ReadonlySet<string> = new Set(["del", "dei", "of", "the", "di"]);
const COUNTS: ReadonlySet<string> = new Set(["due", "tre", "quattro", "two", "three", "four", "both", "entrambi"]);

/**
 * The CED (centro elaborazione dati) is the IT department of Italian companies and bodies ("Capo CED"), but
 * counted ("i due CED") or named in one clause with the infrastructure it houses ("server, storage, rete e i due
 * CED", "la gestione dell'infrastruttura … con l'esternalizzazione del CED") it is the data centre: a place, not
 * the unit whose head would be leading the IT department. A title right before it keeps it the unit.
 */
function cedIsPlace(folded: readonly string[], at: number, ends: ReadonlyMap<number, ClauseEnd>, tables: Tables): boolean {
  let before = at - 1;
  while (before >= 0 && OF_WORDS.has(folded[before] as string)) before--;
  if (before >= 0 && HEADS_OF.has(folded[before] as string) && ends.get(before) === undefined) return false;
  if (COUNTS.has(folded[at - 1] ?? "") || NUMBER.test(folded[at - 1] ?? "")) return true;
  const housed = (index: number) => {
    const word = folded[index] as string;
    if (word === "data" && /^cent/.test(folded[index + 1] ?? "")) return true;
    const concepts = lookUp(word, tables)?.concepts ?? [];
    return concepts.includes("infrastructure") || concepts.includes("network");
  };
  for (let index = at - 1; index >= 0 && ends.get(index) !== "hard"; index--) if (housed(index)) return true;
  for (let index = at + 1; index < folded.length && ends.get(index - 1) !== "hard"; index++) if (housed(index)) return true;
  return false;
}

/** Words that open a fixed expression with its own negation ("no longer serve…", "non servono più"). */
const NEGATIONS: ReadonlySet<string> = new Set(["no", "non", "not", "never"]);

/**
 * "Our" before a noun the lexicon does not know is, most of the time, what the company makes:
 * "i nostri contatori", "our thermostats", "the leather for our bags". The list of products named
 * by what they are can never be complete, so the marker stands for the unlisted noun after it. It
 * counts as a product only next to what is done to products (suppliers, technology, improvement,
 * launches, choices, customers): "our founders" or "our moat" stay nothing.
 */
const OUR: ReadonlySet<string> = new Set(["our", "nostri", "nostre", "nostro", "nostra"]);
export const GOODS_MARK = "ourgoods";

/** Words after "our" that are not a noun of goods: numbers and quantities ("our two data centres"). */
const NOT_GOODS: ReadonlySet<string> = new Set([
  "one", "two", "three", "four", "five", "six", "ten", "due", "tre", "quattro", "cinque", "sei", "dieci",
  "whole", "entire", "intero", "intera", "main", "principali", "principale", "many", "molti", "molte", "own", "propri",
  // "Our CIO's plan", "our CTO wants to hear…": an executive's title after "our" is a person, not goods.
  "cio", "cto", "ceo", "cfo", "coo", "cmo", "ciso", "cdo", "cpo",
  // "Our plan is to raise profit", "i nostri obiettivi": a plan, an aim or a priority is not goods.
  "plan", "plans", "piano", "piani", "goal", "goals", "aim", "aims", "obiettivo", "obiettivi", "idea", "ideas",
  "approach", "priority", "priorities", "priorita", "mission", "missione",
  // "our next version": which one, not what.
  "next", "prossimo", "prossima", "prossimi", "prossime",
]);

function isOwnGoods(folded: readonly string[], at: number, tables: Tables, ends: ReadonlyMap<number, ClauseEnd>): boolean {
  const unknown = (index: number) => {
    const word = folded[index] as string;
    return (
      !STOPWORDS.has(word) && !NOT_GOODS.has(word) && !/\d/.test(word) && readWord(word, tables) === undefined &&
      !matchesPhraseAt(folded, index, tables.phrasesAsTyped) && !matchesPhraseAt(folded, index, tables.phrases)
    );
  };
  const noun = folded[at];
  const after = folded[at + 1];
  // "our Italian system integrator", "our hybrid cloud": a known noun after it is the head; a noun
  // that ends its clause ("the wood for our guitars, chosen after…") is the head itself.
  return noun !== undefined && noun.length >= 3 && unknown(at) && (after === undefined || ends.has(at) || STOPWORDS.has(after) || unknown(at + 1));
}

/**
 * The concepts that, next to "our …", make the unlisted noun a product of the company's. Not
 * launching, improving or listening: "introduced our founders", "talks to our investors".
 */
const GOODS_CONTEXT: readonly Concept[] = ["vendor", "component", "technology", "innovate", "retire", "decide", "customer", "line", "portfolio"];

/** Concepts that follow from others: reading "IT" means technology; a phone is a communication channel. */
const IMPLIES: ReadonlyArray<readonly [Concept, readonly Concept[]]> = [
  ["licence", ["software", "technology"]],
  ["it", ["technology"]],
  ["software", ["technology"]],
  ["network", ["infrastructure"]],
  ["industry40", ["production", "technology"]],
  ["products", ["product"]],
  ["collaborationTool", ["tool", "communications"]],
  ["channel", ["communications"]],
];

/** "Communication" alone may be a newsletter; next to systems, tools or networks it is a capability. */
const TECHNICAL_CONTEXT: readonly Concept[] = [
  "system", "technology", "tool", "platform", "network", "capability", "infrastructure", "intranet", "portal", "secure",
];

// Tokens made up by normalizeWords, shown to users as they would write them.
export const DISPLAY: ReadonlyMap<string, string> = new Map([
  ["infotech", "IT"],
  ["artificialintelligence", "AI"],
]);

// A misspelt word is shown with the lexicon key it was read as: "infrastrutture (~infrastruttur)".
const NEAR_MARK = " (~";

/** The word as typed (normalised), without the "(~key)" note of a misspelt word. */
export function typedWord(shown: string): string {
  const mark = shown.indexOf(NEAR_MARK);
  return mark < 0 ? shown : shown.slice(0, mark);
}

/**
 * Words naming a system or a group of people: an out-of-scope word next to one only says whose
 * system or which people ("the HR system", "il personale di magazzino"), so it weighs half.
 */
const QUALIFIED_NOUNS: readonly Concept[] = ["software", "system", "tool", "platform", "portal", "intranet", "user", "team", "staff"];

/** "account manager", "key account" (phrases.ts). */
const VENDOR_CONTACT = "keyaccount";

interface ReadWord {
  sense: WordSense;
  /** The word as shown in explanations. */
  word: string;
}

// A compound text's parts repeat its words, and a chart repeats its vocabulary: look each word
// up once (the typo search is the costly part). Cleared with the classification cache.
const MAX_WORDS = 50_000;
const wordCache = new Map<string, ReadWord | null>();

function readWord(typed: string, tables: Tables): ReadWord | undefined {
  const known = wordCache.get(typed);
  if (known !== undefined) return known ?? undefined;
  let read: ReadWord | null = null;
  const sense = lookUp(typed, tables);
  if (sense !== undefined) read = { sense, word: DISPLAY.get(typed) ?? typed };
  else {
    const near = nearestKey(typed, tables);
    if (near !== undefined) read = { sense: near.sense, word: `${typed}${NEAR_MARK}${near.key})` };
  }
  if (wordCache.size >= MAX_WORDS) wordCache.clear();
  wordCache.set(typed, read);
  return read ?? undefined;
}

/** Forget the words read so far (with the classification cache: cold benchmarks). */
export function clearWordCache(): void {
  wordCache.clear();
}

/** Reads normalised words (see normalizeWords) into concepts and out-of-scope evidence. */
export function readWords(normalized: readonly string[]): Reading {
  const tables = getTables();
  const concepts = new Map<Concept, string>();
  const outOfScope = new Map<OutOfScopeDomain, { weight: number; words: string[] }>();
  const senses = normalized.map((typed) => readWord(typed, tables));
  // A vendor's account manager ("l'account manager del fornitore cloud", "the Supplier's account
  // manager") is our contact there: selling is the vendor's work, not the text's.
  const namesVendor = senses.some((read) => read?.sense.concepts.includes("vendor") === true);
  const isQualifiedNoun = (index: number) =>
    senses[index]?.sense.concepts.some((concept) => QUALIFIED_NOUNS.includes(concept)) === true;
  for (let index = 0; index < senses.length; index++) {
    const read = senses[index];
    if (read === undefined) continue;
    const { sense } = read;
    // The marker of "our …" is shown as the noun it stands for.
    const word = normalized[index] === GOODS_MARK ? (normalized[index + 1] ?? read.word) : read.word;
    for (const concept of sense.concepts) if (!concepts.has(concept)) concepts.set(concept, word);
    // "the HR system", "il personale di magazzino": the domain only says whose system, which people.
    // A word that is evidence for a duty too ("customer service") is not merely qualifying.
    // So does a word right after the unlisted noun of "our …": "i nostri trolley da viaggio" are goods, not travel.
    const onlyQualifies =
      sense.concepts.length === 0 && (isQualifiedNoun(index - 1) || isQualifiedNoun(index + 1) || normalized[index - 2] === GOODS_MARK);
    const vendorsContact = namesVendor && normalized[index] === VENDOR_CONTACT;
    for (const { domain, weight: fullWeight } of vendorsContact ? [] : sense.outOfScope) {
      const weight = onlyQualifies ? fullWeight / 2 : fullWeight;
      const evidence = outOfScope.get(domain);
      if (evidence === undefined) outOfScope.set(domain, { weight, words: [word] });
      else if (!evidence.words.includes(word)) {
        evidence.weight += weight;
        evidence.words.push(word);
      }
    }
  }
  const implied = new Set<Concept>();
  const imply = (concept: Concept, word: string) => {
    if (concepts.has(concept)) return;
    concepts.set(concept, word);
    implied.add(concept);
  };
  for (const [cause, effects] of IMPLIES) {
    const word = concepts.get(cause);
    if (word !== undefined) for (const effect of effects) imply(effect, word);
  }
  const goods = concepts.get("goods");
  if (goods !== undefined && GOODS_CONTEXT.some((concept) => concepts.has(concept))) {
    imply("product", goods);
    imply("products", goods);
  }
  const communicationWord = concepts.get("communicationWord");
  if (communicationWord !== undefined && TECHNICAL_CONTEXT.some((concept) => concepts.has(concept))) {
    imply("communications", communicationWord);
  }
  return { concepts, implied, outOfScope };
}
