import { documentFrameAt, NUMBER, NUMBER_WORDS, signatureAt } from "./document-frames";
import { wordsAt, type ClauseEnd } from "./fold-clauses";

/**
 * Negation: "Non progetta l'infrastruttura, ma la gestisce" is about managing, not designing;
 * "Non si occupa di IT: gestisce gli impianti elettrici" is not IT at all. A word negated here is
 * dropped before the text is read, by the lexicon and by the learned model alike.
 *
 * How far a negation reaches, and what it takes with it, follows how people write the contrast:
 * - up to the end of its clause (a comma, a colon, a "ma"/"but");
 * - a clause closed by a comma, a "ma"/"but" or the end of the text loses the word right after the
 *   negation ("beni non IT"), its actions and its out-of-scope words: the affirmed clause usually refers back to the same object ("…, ma la
 *   gestisce", "…, but the one who runs it"), which must stay;
 * - a clause closed by a colon, a semicolon, a dash or a sentence end is a statement of its own
 *   ("Not a tech role: …", "Non compra PC: …"): all of it goes;
 * - "rather than", "instead of", "invece di", "anziché", "esclusi" take the rest of their clause;
 *   "Out of scope:", "Fuori scope:" take the list they head, to the end of its sentence;
 * - past work is no longer the person's: "Prima gestiva…", "Until 2023…", "Used to…" take the rest
 *   of their clause, and "…, ora…", "…; now…" is what counts; so do concessions ("Pur occupandosi
 *   anche di acquisti, …", "Although…").
 * "Not only", "non solo", "non si limita a" add rather than negate, so they are left alone.
 */

const NEGATORS: ReadonlySet<string> = new Set(["non", "not", "nn", "never"]);
/**
 * "No" negates what it is said of only before "new" ("no new platform before Day 180", "nessuna nuova
 * piattaforma"): "no one owns…", "no-code", "No More Spreadsheets" are not negations of the work.
 */
const NO_WORDS: ReadonlySet<string> = new Set(["no", "nessun", "nessuna", "nessuno"]);
const NEW_WORDS: ReadonlySet<string> = new Set(["new", "further", "additional", "nuovo", "nuova", "nuovi", "nuove", "ulteriore", "ulteriori"]);
/** "don't", "doesn't", … fold to "don t", "doesn t": the "t" is the negation. */
const CONTRACTED: ReadonlySet<string> = new Set(["don", "doesn", "didn", "isn", "aren", "wasn", "won", "can"]);
/** "IT wasn't mine", "the servers aren't our job": a copula's negation disowns the subject before it. */
const NEGATED_COPULAS: ReadonlySet<string> = new Set(["isn", "wasn", "aren", "weren"]);
const OWNERS: ReadonlySet<string> = new Set(["mine", "ours", "his", "hers", "theirs", "my", "our", "her", "their"]);

/** The first index of a clause disowned by a negated copula after it ("IT wasn't mine"), or undefined. */
function disownedFrom(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>): number | undefined {
  if (folded[index] !== "t" || !NEGATED_COPULAS.has(folded[index - 1] ?? "") || !OWNERS.has(folded[index + 1] ?? "")) return undefined;
  let start = index - 1;
  while (start > 0 && !ends.has(start - 1)) start--;
  return start;
}

/** After a negator, these make it "not only": the clause is affirmed, with more to come. */
const NOT_ONLY: ReadonlySet<string> = new Set(["solo", "soltanto", "solamente", "unicamente", "only", "just", "merely", "simply", "limita", "limit", "limited"]);
/** Words that open the affirmed clause of a contrast: they end the negated one. */
const CONTRASTS: ReadonlySet<string> = new Set(["ma", "but", "bensi", "however", "pero"]);
const ITALIAN_OF: ReadonlySet<string> = new Set(["di", "del", "dello", "della", "dei", "degli", "delle", "dell", "che", "a", "al", "alla", "ai"]);

/** What a role does not cover: "Fuori scope: …", "Out of scope: …", "esclusi i server". */
const EXCLUSIONS: readonly (readonly string[])[] = [
  ["out", "of", "scope"], ["not", "in", "scope"], ["fuori", "scope"], ["fuori", "ambito"], ["fuori", "perimetro"],
  ["excluded"], ["excluding"], ["exclusions"], ["escluso"], ["esclusa"], ["esclusi"], ["escluse"], ["esclusioni"],
];

/**
 * A job ad's benefits, at the start of a sentence ("… Offriamo welfare e formazione", "We offer:
 * …"), are what the company gives, not the work; "i servizi che offriamo" is the offering.
 */
const BENEFITS: readonly (readonly string[])[] = [["offriamo"], ["si", "offre"], ["we", "offer"], ["benefits"], ["benefit"]];

/**
 * "Without"/"senza" states a constraint ("più margine senza tagli al servizio clienti"), and so does a
 * condition ("…, on condition that customer service does not drop", "purché il servizio non peggiori"):
 * its out-of-scope words are not the work.
 */
const CONSTRAINTS: readonly (readonly string[])[] = [
  ["senza"], ["without"], ["on", "condition", "that"], ["provided", "that"], ["as", "long", "as"], ["a", "condizione", "che"], ["purche"],
  // So does the occasion a line was decided on ("In sede di approvazione del bilancio l'assemblea incarica il CIO di…",
  // "on the occasion of the budget review"): the accounts being approved are when, not the work.
  ["in", "sede", "di"], ["in", "occasione", "di"], ["in", "occasione", "della"], ["in", "occasione", "del"], ["on", "the", "occasion", "of"],
];

/** An Italian imperfect ("gestiva", "era"): after "prima", work the person no longer does. */
const IMPERFECT = /^(?:era|erano|stava|(?:\w+)(?:ava|eva|iva|avano|evano|ivano))$/;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Past work, which is no longer the person's: "Prima gestiva i server, ora…", "Until 2023 he…;
 * now…", "Used to be the sysadmin". The number of words of the cue, 0 when none starts here.
 */
function pastCueAt(folded: readonly string[], index: number): number {
  const word = folded[index] as string;
  const next = folded[index + 1] ?? "";
  if (word === "prima" && IMPERFECT.test(next)) return 1;
  if ((word === "used" && next === "to") || (word === "in" && next === "passato") || (word === "un" && next === "tempo")) return 2;
  if (word === "until" && (YEAR.test(next) || next === "last" || next === "recently")) return 2;
  if ((word === "fino" && (next === "al" || next === "a") && YEAR.test(folded[index + 2] ?? "")) || (word === "fino" && next === "all" && folded[index + 2] === "anno")) return 3;
  if (word === "previously" || word === "formerly" || word === "precedentemente") return 1;
  return 0;
}

/** "Pur occupandosi anche di…", "pur non essendo…": a concession, not the job. */
const GERUND = /^\w+(?:ando|endo)(?:si|ne|lo|la|li|le)?$/;

/** A concession ("Pur avendo gestito i server…, oggi…", "Although…"): what it grants is not the job. */
function concessionAt(folded: readonly string[], index: number): number {
  const word = folded[index] as string;
  const next = folded[index + 1] ?? "";
  if (word === "pur" && (GERUND.test(next) || (next === "non" && GERUND.test(folded[index + 2] ?? "")))) return 1;
  // "While she also sits on the board, her job is…"; a plain "while" ("grow profit while keeping quality") is not one.
  if (word === "while" && (next === "also" || folded[index + 2] === "also")) return 1;
  if (word === "sebbene" || word === "benche" || word === "although" || (word === "anche" && next === "se") || (word === "even" && next === "though")) {
    return word === "anche" || word === "even" ? 2 : 1;
  }
  return 0;
}

interface Cue {
  length: number;
  replaces: boolean;
  /** Only the out-of-scope words of the clause go ("senza", "without"). */
  constraint?: boolean;
  /** Only the cue's own words go, not the rest of its clause. */
  alone?: boolean;
}

/** The number of words a cue takes at `index` (0 when none starts there), and whether it replaces. */
function cueAt(folded: readonly string[], index: number, ends: ReadonlyMap<number, ClauseEnd>, bracketed: ReadonlySet<number>): Cue {
  const word = folded[index] as string;
  const next = folded[index + 1] ?? "";
  const frame = documentFrameAt(folded, index, ends, bracketed);
  if (frame !== undefined) return { ...frame, replaces: false };
  if (index === 0 || ends.get(index - 1) === "hard") {
    const benefits = BENEFITS.find((cue) => wordsAt(folded, index, cue));
    if (benefits !== undefined) return { length: benefits.length, replaces: true };
  }
  const constraint = CONSTRAINTS.find((cue) => wordsAt(folded, index, cue));
  if (constraint !== undefined) return { length: constraint.length, replaces: false, constraint: true };
  const excluded = EXCLUSIONS.find((cue) => wordsAt(folded, index, cue));
  if (excluded !== undefined) return { length: excluded.length, replaces: true };
  const past = pastCueAt(folded, index) || concessionAt(folded, index);
  if (past > 0) return { length: past, replaces: true };
  if (NEGATORS.has(word)) return { length: NOT_ONLY.has(next) || (next === "si" && NOT_ONLY.has(folded[index + 2] ?? "")) ? 0 : 1, replaces: false };
  if (word === "no" && next === "longer") return { length: 2, replaces: false };
  if (NO_WORDS.has(word) && NEW_WORDS.has(next)) return { length: 1, replaces: false };
  if (word === "t" && CONTRACTED.has(folded[index - 1] ?? "")) return { length: NOT_ONLY.has(next) ? 0 : 1, replaces: false };
  // "two days instead of five" compares amounts: what follows the number is still the work.
  const amount = NUMBER.test(folded[index + 2] ?? "") || NUMBER_WORDS.has(folded[index + 2] ?? "");
  if ((word === "rather" && next === "than") || (word === "instead" && next === "of" && !amount)) return { length: 2, replaces: true };
  if (word === "invece" && ITALIAN_OF.has(next) && !amount) return { length: 2, replaces: true };
  if (word === "anziche") return { length: 1, replaces: true };
  return { length: 0, replaces: false };
}

/**
 * The indices of the folded words a negation removes. `protectedAt` says a word begins a fixed
 * expression that contains its own negation ("non servono più" is a product to retire);
 * `negatable` says a word is an action or out-of-scope work, all a soft clause loses; `outOfScope`,
 * how many words of out-of-scope work begin at an index, all a constraint ("senza …") loses;
 * `bracketed`, the words in brackets (a source heading's unit).
 */
export function negatedWords(
  folded: readonly string[],
  ends: ReadonlyMap<number, ClauseEnd>,
  protectedAt: (index: number) => boolean,
  negatable: (word: string) => boolean,
  outOfScope: (index: number) => number = () => 0,
  bracketed: ReadonlySet<number> = new Set(),
): Set<number> {
  const dropped = new Set<number>();
  for (let index = 0; index < folded.length; index++) {
    const disowned = disownedFrom(folded, index, ends);
    if (disowned !== undefined) {
      for (let at = disowned; at <= index + 1; at++) dropped.add(at);
      index++;
      continue;
    }
    if (signatureAt(folded, index, ends) > 0) {
      // Only its out-of-scope words go: a technical unit signing ("– Irene, Sviluppo prodotto") still says which side answered.
      for (let at = index; at < folded.length; at++) if (outOfScope(at) > 0) dropped.add(at);
      break;
    }
    const { length, replaces, constraint = false, alone = false } = cueAt(folded, index, ends, bracketed);
    if (length === 0 || protectedAt(index)) continue;
    if (alone) {
      for (let cue = index; cue < index + length; cue++) dropped.add(cue);
      index += length - 1;
      continue;
    }
    const first = index + length;
    let last = index + length - 1;
    let end: ClauseEnd | undefined = ends.get(last);
    // A cue that heads a list ("Fuori scope: acquisti, contratti") takes the list, to its end.
    const heads = replaces && end === "hard";
    if (heads) end = undefined;
    while ((end === undefined || (heads && end === "soft")) && last + 1 < folded.length && (heads || !CONTRASTS.has(folded[last + 1] as string))) {
      last++;
      end = ends.get(last);
    }
    for (let cue = index; cue < first; cue++) dropped.add(cue);
    if (constraint) {
      // The out-of-scope words, or expressions ("servizio clienti"), of the constraint's clause.
      for (let at = first; at <= last; at++) {
        const words = outOfScope(at);
        for (let offset = 0; offset < words; offset++) dropped.add(at + offset);
        if (words > 1) at += words - 1;
      }
      index = last;
      continue;
    }
    const whole = replaces || end === "hard";
    // The word right after the negation is what it negates: "beni non IT", "non-tech roles".
    for (let at = first; at <= last; at++) if (whole || at === first || negatable(folded[at] as string)) dropped.add(at);
    index = last;
  }
  return dropped;
}
