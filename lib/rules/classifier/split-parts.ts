/**
 * Where a responsibility lists several pieces of work: commas, semicolons, bullets, sentences and
 * the coordinating words of both languages ("e", "ed", "and", "&", "as well as", "nonché",
 * "oltre a"). Each part is classified on its own to find every duty a compound text carries;
 * a part that reads as nothing ("maintenance" in "IT operations and maintenance") simply adds no
 * duty, so over-splitting is harmless and the whole text still decides the main duty.
 */
const BOUNDARIES = new RegExp(
  [
    // A comma, but not the decimal comma of "99,95%".
    ",(?!\\d)",
    ";",
    "[\\n\\r•·▪]+",
    // A sentence end, not an abbreviation's dot inside a word ("e.g.", "S.p.A.").
    "\\.(?=\\s)",
    "\\s[-–—+/|]\\s",
    "\\s&\\s",
    "\\s(?:e|ed|and|nonch[eé]|as well as|plus|oltre (?:a|ad|al|allo|alla|ai|agli|alle|all'|che))\\s",
  ].join("|"),
  "giu",
);

/** The parts of a text, trimmed, empty ones dropped. One part when nothing separates them. */
export function splitIntoParts(text: string): string[] {
  return text
    .split(BOUNDARIES)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
