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
    // A sentence end, not an abbreviation's dot inside a word ("e.g.", "S.p.A.") nor a title's before a name ("Dr. Anil Mehta").
    "(?<!(?<![\\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|Dott|Ing|Sig|Avv))\\.(?=\\s)",
    "\\s[-–—+/|]\\s",
    "\\s&\\s",
    "\\s(?:e|ed|and|nonch[eé]|as well as|plus|oltre (?:a|ad|al|allo|alla|ai|agli|alle|all'|che))\\s",
  ].join("|"),
  "giu",
);

/** One part of a text and where it sits in it (start inclusive, end exclusive, trimmed). */
export interface TextPart {
  text: string;
  start: number;
  end: number;
}

/** The parts of a text, trimmed, empty ones dropped. One part when nothing separates them. */
export function splitIntoParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const add = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const part = raw.trim();
    if (part === "") return;
    const start = from + raw.indexOf(part);
    parts.push({ text: part, start, end: start + part.length });
  };
  let from = 0;
  for (const boundary of text.matchAll(BOUNDARIES)) {
    add(from, boundary.index);
    from = boundary.index + boundary[0].length;
  }
  add(from, text.length);
  return parts;
}
