import { isDutyId, type DutyId } from "../catalog";
import { conceptKey, pairKey, visitFeatures, visitWordFeatures } from "./features";
import MODEL from "./model-weights.json" with { type: "json" };

/**
 * The learned side of the classifier: a linear model over words, word pairs, character n-grams and
 * the lexicon's concepts (features.ts), trained offline by `scripts/train-classifier.ts` on the
 * labelled phrases of lib/rules/fixtures (never on a round reported as unseen). Its weights are
 * `model-weights.json`: one line per feature, "key<TAB>class:weight …", readable as they are, each
 * weight an integer count of 1/scale (0.13 is "13" at scale 100: a third smaller than the decimals).
 */

/** "none": the text carries no duty of the document. */
export const NO_DUTY_CLASS = "none";

export interface Prediction {
  /** The likeliest class: a duty, or null for "no duty". */
  duty: DutyId | null;
  probability: number;
  /** The probability the model gives "no duty". */
  noDuty: number;
}

interface Compiled {
  classes: (DutyId | null)[];
  bias: Float64Array;
  rows: Map<string, Float64Array>;
}

/** What a weights file holds (model-weights.json, or a model trained in memory). */
export interface Weights {
  classes: readonly string[];
  bias: readonly number[];
  /** The table's weights are integers in units of 1/scale. */
  scale: number;
  table: string;
}

function compile(weights: Weights): Compiled {
  const classes = weights.classes.map((name) => {
    if (name === NO_DUTY_CLASS) return null;
    if (!isDutyId(name)) throw new Error(`model-weights.json: unknown class ${name}`);
    return name;
  });
  return { classes, bias: Float64Array.from(weights.bias), rows: parseTable(weights.table, classes.length, weights.scale) };
}

/**
 * The weights table, one "key<TAB>class:weight class:weight…" line per feature, each weight in
 * units of 1/scale. Scanned by hand
 * rather than split: the first classification waits for it (in the browser too), and splitting
 * ~20,000 pairs into arrays took several times longer.
 */
export function parseTable(table: string, width: number, scale: number): Map<string, Float64Array> {
  const rows = new Map<string, Float64Array>();
  let at = 0;
  while (at < table.length) {
    const newline = table.indexOf("\n", at);
    const lineEnd = newline < 0 ? table.length : newline;
    const tab = table.indexOf("\t", at);
    if (tab < 0 || tab > lineEnd) throw new Error(`model-weights.json: no weights for ${table.slice(at, lineEnd)}`);
    const key = table.slice(at, tab);
    const row = new Float64Array(width);
    for (let pair = tab + 1; pair < lineEnd; ) {
      const colon = table.indexOf(":", pair);
      const space = table.indexOf(" ", colon);
      const pairEnd = space < 0 || space > lineEnd ? lineEnd : space;
      const index = Number(table.slice(pair, colon));
      const weight = Number(table.slice(colon + 1, pairEnd));
      if (colon < 0 || colon > pairEnd || !Number.isInteger(index) || index < 0 || index >= width || Number.isNaN(weight)) {
        throw new Error(`model-weights.json: bad weight "${table.slice(pair, pairEnd)}" of ${key}`);
      }
      row[index] = weight / scale;
      pair = pairEnd + 1;
    }
    rows.set(key, row);
    at = lineEnd + 1;
  }
  return rows;
}

let compiled: Compiled | undefined;
const model = (): Compiled => (compiled ??= compile(MODEL));

/**
 * Classifies with other weights than the committed ones, or (null) with those again: how
 * `scripts/train-classifier.ts --by-round` scores models trained without a round. Clear the
 * classification cache after.
 */
export function setWeights(weights: Weights | null): void {
  compiled = weights === null ? undefined : compile(weights);
  wordVectors.clear();
}

// A word's own features (the word, its n-grams) are the bulk of a text's: their weights are summed
// once per word. Cleared with the classification cache.
const MAX_WORDS = 50_000;
const wordVectors = new Map<string, Float64Array>();
/** The scores of the text being predicted (one text at a time: no allocation per text). */
let scratch = new Float64Array(0);

function wordVector(word: string, { classes, rows }: Compiled): Float64Array {
  let vector = wordVectors.get(word);
  if (vector === undefined) {
    const sum = new Float64Array(classes.length);
    visitWordFeatures(word, (key) => {
      const row = rows.get(key);
      if (row !== undefined) for (let c = 0; c < sum.length; c++) sum[c] = (sum[c] as number) + (row[c] as number);
    });
    vector = sum;
    if (wordVectors.size >= MAX_WORDS) wordVectors.clear();
    wordVectors.set(word, vector);
  }
  return vector;
}

/** Forget the per-word sums (with the classification cache: cold benchmarks). */
export function clearModelCache(): void {
  wordVectors.clear();
}

/**
 * The model's answer for normalised words and the concepts the lexicon read in them (each with
 * the index of its word).
 */
export function predict(words: readonly string[], concepts: readonly (readonly [string, number])[]): Prediction {
  const compiledModel = model();
  const { classes, bias, rows } = compiledModel;
  const scores = scratch.length === classes.length ? scratch : (scratch = new Float64Array(classes.length));
  scores.set(bias);
  const add = (row: Float64Array | undefined) => {
    if (row !== undefined) for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] as number) + (row[c] as number);
  };
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    add(wordVector(word, compiledModel));
    if (index > 0) add(rows.get(pairKey(words[index - 1] as string, word)));
  }
  for (const [concept] of concepts) add(rows.get(conceptKey(concept)));
  // Softmax, in place: only the best class and "no duty" are needed.
  let best = 0;
  for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
  const top = scores[best] as number;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += Math.exp((scores[c] as number) - top);
  const noDutyIndex = classes.indexOf(null);
  return {
    duty: classes[best] ?? null,
    probability: 1 / sum,
    noDuty: noDutyIndex < 0 ? 0 : Math.exp((scores[noDutyIndex] as number) - top) / sum,
  };
}

/**
 * The words that weighed most for a class, heaviest first: each feature's weight for that class
 * beyond its average over the classes, summed per word. Only words that pushed towards the class.
 */
export function heaviestWords(
  words: readonly string[],
  concepts: readonly (readonly [string, number])[],
  duty: DutyId | null,
  limit = 3,
): string[] {
  const { classes, rows } = model();
  const target = classes.indexOf(duty);
  if (target < 0) return [];
  const byWord = new Map<number, number>();
  visitFeatures(words, concepts, (key, word) => {
    const row = rows.get(key);
    if (row === undefined) return;
    const mean = row.reduce((sum, value) => sum + value, 0) / row.length;
    byWord.set(word, (byWord.get(word) ?? 0) + (row[target] as number) - mean);
  });
  return [...byWord]
    .filter(([word, weight]) => weight > 0 && word >= 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([word]) => words[word] as string);
}
