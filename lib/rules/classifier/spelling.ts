import { foldText } from "../text/fold";
import { PHRASES, STOPWORDS } from "./phrases";
import { DISPLAY } from "./reading";

/**
 * The classifier's words are normalised ("qualita", "payroll" for "buste paga", "decrease" for
 * "-15%"), and its results are shared by every text with the same normalised words, so they cannot
 * hold the user's spelling. This finds it again in one text, for quoting: only explanations call
 * it, at render time, never the analysis.
 */

interface TypedWord {
  original: string;
  folded: string;
  start: number;
  end: number;
}

// The same word boundaries as foldText: letters and digits (with their accents), and "&".
const WORD = /[\p{L}\p{M}\p{N}&]+/gu;
const SIGNED_PERCENT = { decrease: /[-−–]\s?\d+(?:[.,]\d+)?\s?%/u, increase: /\+\s?\d+(?:[.,]\d+)?\s?%/u } as const;

const TOKEN_OF_DISPLAY = new Map([...DISPLAY].map(([token, shown]) => [shown, token]));
// A token may have several entries in PHRASES (grouped by meaning there): all of them count.
const PHRASES_BY_TOKEN = new Map<string, string[][]>();
for (const [token, variants] of PHRASES) {
  PHRASES_BY_TOKEN.set(token, [...(PHRASES_BY_TOKEN.get(token) ?? []), ...variants.map((variant) => variant.split(" "))]);
}

function typedWords(text: string): TypedWord[] {
  const found: TypedWord[] = [];
  for (const match of text.normalize("NFC").matchAll(WORD)) {
    found.push({ original: match[0], folded: foldText(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

const matchesPattern = (pattern: string, word: string) =>
  pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : pattern === word;

/** The span of the text matching one phrase variant, skipping function words unless it has its own. */
function findPhrase(typed: readonly TypedWord[], variant: readonly string[], text: string): string | undefined {
  const skipsStopwords = !variant.some((word) => STOPWORDS.has(word));
  for (let start = 0; start < typed.length; start++) {
    let at = start;
    let matched = 0;
    while (matched < variant.length && at < typed.length) {
      const word = typed[at] as TypedWord;
      if (matchesPattern(variant[matched] as string, word.folded)) matched++;
      else if (!(matched > 0 && skipsStopwords && STOPWORDS.has(word.folded))) break;
      at++;
    }
    if (matched === variant.length) return text.slice((typed[start] as TypedWord).start, (typed[at - 1] as TypedWord).end);
  }
  return undefined;
}

/**
 * Each of the classifier's words as the user typed it in `text` ("Qualità", "buste paga",
 * "-15%"); a word not found is returned as is. Duplicates (two tokens, one span) are dropped.
 */
export function spellAsTyped(text: string, words: readonly string[]): string[] {
  const normalized = text.normalize("NFC");
  const typed = typedWords(normalized);
  const spelled: string[] = [];
  for (const word of words) {
    const folded = foldText(word);
    const token = TOKEN_OF_DISPLAY.get(word) ?? word;
    let found = typed.find((candidate) => candidate.folded === folded)?.original;
    for (const variant of PHRASES_BY_TOKEN.get(token) ?? []) {
      if (found !== undefined) break;
      found = findPhrase(typed, variant, normalized);
    }
    if (found === undefined && (token === "decrease" || token === "increase")) found = SIGNED_PERCENT[token].exec(normalized)?.[0];
    const shown = found ?? word;
    if (!spelled.includes(shown)) spelled.push(shown);
  }
  return spelled;
}
