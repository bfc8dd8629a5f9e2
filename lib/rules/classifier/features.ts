import { DISPLAY, GOODS_MARK, typedWord, type Reading } from "./reading";

/**
 * The features the learned model reads from a responsibility: its normalised words (see
 * `normalizeWords`), pairs of neighbouring words, the character n-grams of each word, and the
 * lexicon's concepts. Character n-grams are what carry the open vocabulary: "schede", "compressori",
 * "foundry" share pieces with words the model has seen ("componentistica", "compressors",
 * "forniture"), and a typo keeps most of a word's n-grams.
 *
 * Each feature remembers the index of the word it came from, so an explanation can quote the
 * user's words behind the heaviest features.
 */

/** Shortest and longest character n-gram, over each word padded with "^" and "$". */
const MIN_GRAM = 3;
const MAX_GRAM = 4;

export interface Feature {
  /** "w:<word>", "b:<word> <word>", "c:<n-gram>" or "k:<concept>". */
  key: string;
  /** Index of the word (in the normalised words) that gave the feature. */
  word: number;
}

/** Calls `visit` for the features a word gives on its own: the word and its character n-grams. */
export function visitWordFeatures(word: string, visit: (key: string) => void): void {
  visit(`w:${word}`);
  const padded = `^${word}$`;
  for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
    for (let start = 0; start + size <= padded.length; start++) visit(`c:${padded.slice(start, start + size)}`);
  }
}

/** The key of the feature for two neighbouring words. */
export const pairKey = (first: string, second: string): string => `b:${first} ${second}`;

/** The key of the feature for a concept the lexicon read. */
export const conceptKey = (concept: string): string => `k:${concept}`;

/**
 * Calls `visit` for every feature of the words, in order. Repeated features are visited again
 * (a word said twice counts twice); concepts come with the index of the word that evoked them.
 */
export function visitFeatures(
  words: readonly string[],
  concepts: readonly (readonly [string, number])[],
  visit: (key: string, word: number) => void,
): void {
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    // The marker of "our …" (reading.ts) is quoted as the noun it stands for.
    const quoted = word === GOODS_MARK && index + 1 < words.length ? index + 1 : index;
    visitWordFeatures(word, (key) => visit(key, quoted));
    if (index > 0) visit(pairKey(words[index - 1] as string, word), index);
  }
  for (const [concept, index] of concepts) visit(conceptKey(concept), index);
}

/** The features of the words as a list (training; tests). */
export function features(words: readonly string[], concepts: readonly (readonly [string, number])[] = []): Feature[] {
  const found: Feature[] = [];
  visitFeatures(words, concepts, (key, word) => found.push({ key, word }));
  return found;
}

/**
 * The concepts of a reading, each with the index of the word that evoked it (-1 when none of the
 * words shows as it, which only leaves the feature unquoted).
 */
export function conceptsAt(words: readonly string[], reading: Reading): [string, number][] {
  const shownWords = words.map((word) => DISPLAY.get(word) ?? word);
  return [...reading.concepts].map(([concept, shown]) => [concept, shownWords.indexOf(typedWord(shown))]);
}
