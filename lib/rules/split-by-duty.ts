import type { DutyId } from "./catalog";
import { splitIntoParts } from "./classifier/split-parts";
import { classifyResponsibility, type Classification } from "./classify-responsibility";

/** One piece of a compound responsibility: its own text, and the duty it is given explicitly. */
export interface DutyPiece {
  text: string;
  duty: DutyId;
}

// What joins the pieces and is left dangling once they are apart: ", and", " e", "; ", "&".
const TRAILING_JOINER = /(?:[\s,;:•·▪&+/|–—-]|\b(?:e|ed|and|nonch[eé]|as well as|plus|oltre (?:a|ad|al|allo|alla|ai|agli|alle|che))\b)+$/iu;

function tidy(piece: string): string {
  const trimmed = piece.trim().replace(TRAILING_JOINER, "").trim();
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1);
}

/**
 * How to split a compound responsibility into one responsibility per duty: the text is cut where
 * each further duty's part begins, so every word stays in exactly one piece and the pieces read
 * in the user's own words ("Run IT operations and negotiate with our cloud vendors" → "Run IT
 * operations" + "Negotiate with our cloud vendors"). Each piece carries its duty explicitly, which
 * is how a user marks what a compound text counts for. Empty when the text carries fewer than two
 * duties.
 */
export function splitByDuty(text: string, classification: Classification = classifyResponsibility(text)): DutyPiece[] {
  const { duties, dutyParts } = classification;
  if (duties.length < 2 || dutyParts === undefined) return [];
  const parts = splitIntoParts(text);
  // A duty only the whole text carries keeps the whole text; the others take their part onwards.
  const starts = dutyParts
    .map((part, index) => ({ duty: duties[index] as DutyId, start: part < 0 ? undefined : parts[part]?.start }))
    .filter((entry): entry is { duty: DutyId; start: number } => entry.start !== undefined)
    .sort((a, b) => a.start - b.start);
  const pieces = new Map<DutyId, string>();
  starts.forEach(({ duty, start }, index) => {
    const from = index === 0 ? 0 : start;
    const to = starts[index + 1]?.start ?? text.length;
    pieces.set(duty, tidy(text.slice(from, to)));
  });
  return duties.map((duty) => ({ duty, text: pieces.get(duty) ?? text.trim() }));
}
