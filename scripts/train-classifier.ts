/**
 * Trains the classifier's learned model and writes lib/rules/classifier/model-weights.json.
 * Deterministic (seeded), offline, a few seconds:
 *
 *   npx tsx scripts/train-classifier.ts            train on TRAINING_FILES, write the weights
 *   npx tsx scripts/train-classifier.ts --folds 5  also report cross-validated accuracy (nothing written)
 *
 * Trains only on the files listed below. The held-aside set and any round about to be reported as
 * unseen (lib/rules/fixtures/ROUNDS.md) must not be listed: a round joins the list only after
 * its unseen score has been recorded.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DUTY_IDS, isDutyId } from "../lib/rules/catalog";
import { conceptsAt, features } from "../lib/rules/classifier/features";
import { NO_DUTY_CLASS } from "../lib/rules/classifier/learned-model";
import { normalizeWords, readWords } from "../lib/rules/classifier/reading";
import { softmax, trainModel, type TrainingExample, type TrainingOptions } from "../lib/rules/classifier/train-model";
import { seededRandom } from "../bench/lib/random";

const FIXTURES = "lib/rules/fixtures";
const OUTPUT = "lib/rules/classifier/model-weights.json";
const TRAINING_FILES = [
  "tuning-phrases.json",
  ...Array.from({ length: 20 }, (_, index) => `round-${index + 1}-phrases.json`),
];
const NEVER_TRAINED_ON = ["held-aside-phrases.json"];
const SEED = 11;
const OPTIONS: Omit<TrainingOptions, "random"> = { epochs: 30, learningRate: 0.2, decay: 0.2, l2: 3e-3, minCount: 3, minWeight: 0.1, digits: 2 };

const CLASSES = [...DUTY_IDS, NO_DUTY_CLASS];

function example(text: string, label: string): TrainingExample {
  const words = normalizeWords(text);
  return { features: features(words, conceptsAt(words, readWords(words))).map(({ key }) => key), label: CLASSES.indexOf(label) };
}

function load(file: string): TrainingExample[] {
  if (NEVER_TRAINED_ON.includes(file)) throw new Error(`${file} is held aside: never train on it`);
  const phrases = JSON.parse(readFileSync(`${FIXTURES}/${file}`, "utf8")) as { text: string; duty: string | null }[];
  return phrases.map(({ text, duty }) => {
    if (duty !== null && !isDutyId(duty)) throw new Error(`${file}: unknown duty ${duty}`);
    return example(text, duty ?? NO_DUTY_CLASS);
  });
}

const examples = TRAINING_FILES.flatMap(load);
const folds = Number(process.argv[process.argv.indexOf("--folds") + 1] ?? 0);

if (process.argv.includes("--folds")) {
  // Out-of-fold accuracy: a sanity check of the options, not the unseen score (ROUNDS.md).
  const random = seededRandom(SEED);
  const fold = examples.map(() => Math.floor(random() * folds));
  let right = 0;
  let logLoss = 0;
  for (let k = 0; k < folds; k++) {
    const model = trainModel(CLASSES, examples.filter((_, i) => fold[i] !== k), { ...OPTIONS, random: seededRandom(SEED) });
    for (const [i, { features: keys, label }] of examples.entries()) {
      if (fold[i] !== k) continue;
      const scores = [...model.bias];
      for (const key of keys) for (const [c, weight] of model.weights[key] ?? []) scores[c] = (scores[c] as number) + weight;
      const probabilities = softmax(scores);
      if (probabilities.indexOf(Math.max(...probabilities)) === label) right++;
      logLoss -= Math.log(Math.max(probabilities[label] as number, 1e-12));
    }
  }
  console.log(
    `${folds}-fold accuracy on ${examples.length} phrases: ${((100 * right) / examples.length).toFixed(1)}%, log loss ${(logLoss / examples.length).toFixed(3)}`,
  );
} else {
  const model = trainModel(CLASSES, examples, { ...OPTIONS, random: seededRandom(SEED) });
  const table = Object.entries(model.weights)
    .map(([key, pairs]) => `${key}\t${pairs.map(([c, weight]) => `${c}:${weight}`).join(" ")}`)
    .join("\n");
  const output = { trainedOn: TRAINING_FILES, seed: SEED, options: OPTIONS, classes: model.classes, bias: model.bias, table };
  writeFileSync(OUTPUT, `${JSON.stringify(output, null, 1)}\n`);
  console.log(`${OUTPUT}: ${examples.length} phrases, ${Object.keys(model.weights).length} features`);
}
