/**
 * Text folding shared by every recogniser: titles, department names and responsibilities are
 * typed by people, in Italian and English, with or without accents, in any case, with typographic
 * apostrophes ("dell’azienda") and punctuation. Folding maps all of those to one plain form so the
 * lexicons only need to list each word once.
 */

const COMBINING_MARKS = /\p{M}+/gu;
// Anything but printable ASCII: letters that may carry accents (and, harmlessly, tabs and newlines).
const NOT_PLAIN = /[^ -~]/;
// Everything that separates words. "&" survives because "R&D" and "CTO & CIO" mean something.
const SEPARATORS = /[^a-z0-9&]+/g;

/** Lower case, no accents, apostrophes and punctuation turned into single spaces, trimmed. */
export function foldText(text: string): string {
  // Decomposing accents is the costly step, and most text has none to decompose.
  const unaccented = NOT_PLAIN.test(text) ? text.normalize("NFD").replace(COMBINING_MARKS, "") : text;
  return unaccented
    .toLowerCase()
    .replace(SEPARATORS, " ")
    .trim();
}

/** The words of already-folded text. */
export function words(folded: string): string[] {
  return folded === "" ? [] : folded.split(" ");
}
