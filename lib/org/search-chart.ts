import type { Chart, OrgNode } from "./types";

export type SearchField = "title" | "person" | "role";

export interface SearchHit {
  nodeId: string;
  /** The field that matched best. */
  field: SearchField;
  /** Where the match is in that field's original text, for highlighting: [start, end). */
  range: [number, number];
  /** 0 = whole field, 1 = field starts with it, 2 = a word starts with it, 3 = anywhere, 4 = all words found. */
  rank: number;
}

const FIELDS: readonly SearchField[] = ["title", "person", "role"];

/**
 * Finds nodes by title, person or role, ignoring case and accents ("nicolo" finds "Nicolò").
 * Best matches first: exact, then prefix, then word prefix, then substring; a multi-word query
 * also matches when each word starts a word somewhere in the node. Ties keep chart order.
 */
export function searchChart(chart: Pick<Chart, "nodes">, query: string, limit = 50): SearchHit[] {
  const q = foldText(query).folded.trim().replace(/\s+/g, " ");
  if (q === "") return [];
  const words = q.split(" ");
  const hits: SearchHit[] = [];
  for (const node of chart.nodes) {
    const hit = matchNode(node, q, words);
    if (hit !== null) hits.push(hit);
  }
  // Array.prototype.sort is stable, so equal ranks stay in chart order.
  return hits.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

function matchNode(node: OrgNode, q: string, words: readonly string[]): SearchHit | null {
  let best: SearchHit | null = null;
  for (const field of FIELDS) {
    const text = node[field];
    if (!text) continue;
    const folded = foldedOf(text);
    const at = folded.folded.indexOf(q);
    if (at < 0) continue;
    const rank = folded.folded === q ? 0 : at === 0 ? 1 : startsWord(folded.folded, q) ? 2 : 3;
    const start = rank === 2 ? wordStart(folded.folded, q) : at;
    if (best === null || rank < best.rank) best = { nodeId: node.id, field, range: folded.range(start, q.length), rank };
  }
  if (best !== null || words.length < 2) return best;

  // "anna cto": every word must start a word in some field.
  let first: { field: SearchField; range: [number, number] } | null = null;
  for (const word of words) {
    const found = FIELDS.find((field) => {
      const text = node[field];
      return text ? startsWord(foldedOf(text).folded, word) : false;
    });
    if (found === undefined) return null;
    if (first === null) {
      const folded = foldedOf(node[found] as string);
      first = { field: found, range: folded.range(wordStart(folded.folded, word), word.length) };
    }
  }
  return first === null ? null : { nodeId: node.id, field: first.field, range: first.range, rank: 4 };
}

function startsWord(text: string, word: string): boolean {
  return wordStart(text, word) >= 0;
}

function wordStart(text: string, word: string): number {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] as string)) return at;
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

interface FoldedText {
  folded: string;
  /** Maps a range in the folded text back to the original text. */
  range(start: number, length: number): [number, number];
}

// Titles and names do not change between keystrokes of a search; fold each string once.
const foldCache = new Map<string, FoldedText>();
const FOLD_CACHE_LIMIT = 50_000;

function foldedOf(text: string): FoldedText {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    folded = foldText(text);
    foldCache.set(text, folded);
  }
  return folded;
}

/** Lower-case without accents, keeping where each folded character came from. */
export function foldText(text: string): FoldedText {
  let folded = "";
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const piece = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += ch.length;
  }
  origin.push(i);
  return {
    folded,
    range(start, length) {
      const end = start + length;
      // The end maps to the first original character after the match.
      return [origin[start] ?? i, end >= origin.length - 1 ? i : (origin[end] ?? i)];
    },
  };
}
