import { foldText, words } from "../text/fold";

/** How a clause ends: "hard" stands alone (colon, semicolon, dash, sentence), "soft" goes on (comma). */
export type ClauseEnd = "hard" | "soft";

/** Where clauses end, as characters that folding turns into spaces (so the words stay the same). */
const CLAUSE_ENDS = /(?<hard>[:;!?()\n\r•]+|\.(?=\s|$)|\s[-–—]\s)|(?<soft>,(?!\d))/g;

/**
 * The folded words of a text (exactly `words(foldText(text))`), by the index of the last word
 * before it where each clause ends, and which words stand in brackets.
 */
export function foldClauses(text: string): { words: string[]; ends: Map<number, ClauseEnd>; bracketed: Set<number> } {
  const folded: string[] = [];
  const ends = new Map<number, ClauseEnd>();
  const bracketed = new Set<number>();
  let from = 0;
  let depth = 0;
  const add = (to: number) => {
    const added = words(foldText(text.slice(from, to)));
    if (depth > 0) for (let offset = 0; offset < added.length; offset++) bracketed.add(folded.length + offset);
    folded.push(...added);
  };
  for (const match of text.matchAll(CLAUSE_ENDS)) {
    add(match.index);
    for (const char of match[0]) depth = Math.max(0, depth + (char === "(" ? 1 : char === ")" ? -1 : 0));
    from = match.index + match[0].length;
    const last = folded.length - 1;
    if (last >= 0 && ends.get(last) !== "hard") ends.set(last, match.groups?.hard === undefined ? "soft" : "hard");
  }
  add(text.length);
  return { words: folded, ends, bracketed };
}

/** Whether the folded words from `at` on are those of `cue` ("fuori", "scope"). */
export function wordsAt(folded: readonly string[], at: number, cue: readonly string[]): boolean {
  return cue.every((part, offset) => folded[at + offset] === part);
}
