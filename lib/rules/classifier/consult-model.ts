import type { DutyId } from "../catalog";
import type { Classification, ClassificationReason, LexiconAnswer } from "./classification";
import { conceptsAt } from "./features";
import { heaviestWords, predict, type Prediction } from "./learned-model";
import type { Reading } from "./reading";

/**
 * The lexicon decides first; the learned model (learned-model.ts) is consulted only when the
 * lexicon is unsure, and must be clearly surer than it to change the answer:
 *
 * - the lexicon found no duty: the model's duty is taken when it is likely enough (more so when
 *   out-of-scope words were read, since near misses share vocabulary with duties);
 * - the lexicon found a duty on thin evidence: the model may reject it ("no duty") or replace it
 *   with another duty when it is confident;
 * - never against the document's boundaries: a duty the lexicon's negative senses ruled out
 *   ("+15% costs" is no efficiency, designing infrastructure is not managing it) stays out.
 *
 * A confident lexicon answer (a score of SURE_SCORE or more) is final, and the model is not even
 * run: that keeps `rules.classify` fast on ordinary text. An ambiguous answer stays ambiguous unless
 * the model is very sure of one of the two close duties: those the document itself leaves close
 * (bare "suppliers") are the user's call, not a model's.
 */
const SURE_SCORE = 3;
/** The model's probability needed to give a duty to a text the lexicon found none in. */
const ADOPT = 0.45;
/** The same, when out-of-scope words were read. */
const ADOPT_NEAR_OUT_OF_SCOPE = 0.95;
/** The model's "no duty" probability needed to reject the lexicon's weak duty. */
const REJECT = 0.9;
/**
 * The model's probability needed to add the duty of one part of a compound text that the lexicon
 * reads nothing clear in: a part is short, and a wrong extra duty is a false overlap.
 */
const PART_ADOPT = 0.95;
/**
 * The model's probability for another answer (another duty, or none) that sets aside a further
 * duty the lexicon read in one part: short parts are where a lone keyword misleads ("keep the
 * business running" in a text about building communication systems is not their upkeep). A further
 * duty needs more than the main one: the part must not read otherwise more likely than not ("keeps a
 * close eye on what our cloud and software vendors deliver" is watching the vendors, not running the
 * cloud; a "new security vendor onboarded" is a vendor, not training). 0.8 until round 40: with the
 * model trained through it, 0.5 took the labelled single-duty phrases read as compound from 49 to 43.
 */
const PART_VETO = 0.5;
/** The model's probability needed to replace the lexicon's weak duty by another. */
const REPLACE = 0.85;
/**
 * The model's probability needed to settle an ambiguous answer, for one of the two close duties
 * only. Bare "suppliers" stays the user's call (the model is far from this sure of it); "the
 * suppliers of our lenses and frames", to make better glasses, are the product's.
 */
const SETTLE = 0.95;

const round2 = (value: number): number => Math.round(value * 100) / 100;

function learnedReason(prediction: Prediction, words: string[], instead: DutyId | null): ClassificationReason {
  return {
    kind: "learned",
    duty: prediction.duty,
    confidence: round2(prediction.probability),
    words,
    ...(instead === null ? {} : { instead }),
  };
}

function why(prediction: Prediction, words: readonly string[], change: string): string {
  const answer = prediction.duty ?? "no duty";
  return `learned model: ${answer} (${round2(prediction.probability)}) from ${words.map((word) => `"${word}"`).join(", ")}: ${change}`;
}

/** The text's duty as the model gives it, the lexicon's own answer kept as the runner-up. */
function modelDuty(lexicon: Classification, prediction: Prediction & { duty: DutyId }, words: string[], change: string): Classification {
  // The lexicon's duty, when the model sets it aside; otherwise the lexicon's runner-up stays one.
  const instead = lexicon.duty === prediction.duty ? null : lexicon.duty;
  const runnerUp = instead === null ? lexicon.runnerUp : { duty: instead, confidence: lexicon.confidence };
  return {
    duty: prediction.duty,
    duties: [prediction.duty],
    confidence: round2(prediction.probability),
    why: [...lexicon.why.filter((line) => !line.startsWith("almost as likely:")), why(prediction, words, change)],
    reasons: [
      { kind: "matched", duty: prediction.duty, concepts: [], words },
      learnedReason(prediction, words, instead),
    ],
    ...(runnerUp === undefined || runnerUp.duty === prediction.duty ? {} : { runnerUp }),
    ambiguous: false,
  };
}

/**
 * The duty the model reads in one part of a compound text when the lexicon read no clear one there
 * (its words, with the actions carried over from the part before): only a likely duty, never one
 * the part's own reading rules out, and never next to out-of-scope words.
 */
export function partDutyByModel(
  words: readonly string[],
  reading: Reading,
  ruledOut: ReadonlySet<DutyId>,
  outOfScope: boolean,
): { duty: DutyId; probability: number; words: string[] } | undefined {
  if (outOfScope) return undefined;
  const concepts = conceptsAt(words, reading);
  const prediction = predict(words, concepts);
  const { duty } = prediction;
  if (duty === null || ruledOut.has(duty) || prediction.probability < PART_ADOPT) return undefined;
  return { duty, probability: round2(prediction.probability), words: heaviestWords(words, concepts, duty) };
}

/** Whether the model reads a part clearly otherwise than as the further duty the lexicon gave it. */
export function vetoesPartDuty(words: readonly string[], reading: Reading, duty: DutyId): boolean {
  const prediction = predict(words, conceptsAt(words, reading));
  return prediction.duty !== duty && prediction.probability >= PART_VETO;
}

export function withLearnedModel({ classification: lexicon, bestScore, outOfScope, ruledOut }: LexiconAnswer, words: readonly string[], reading: Reading): Classification {
  if (!lexicon.ambiguous && lexicon.duty !== null && bestScore >= SURE_SCORE) return lexicon;
  const concepts = conceptsAt(words, reading);
  const prediction = predict(words, concepts);
  const heaviest = () => heaviestWords(words, concepts, prediction.duty);
  const { duty } = prediction;
  if (duty !== null && ruledOut.has(duty)) return lexicon;

  if (lexicon.ambiguous) {
    const close = [lexicon.duty, lexicon.runnerUp?.duty];
    if (duty === null || !close.includes(duty) || prediction.probability < SETTLE) return lexicon;
    const change = duty === lexicon.duty ? "settles the lexicon's close call" : `settles the lexicon's close call against ${lexicon.duty}`;
    return modelDuty(lexicon, { ...prediction, duty }, heaviest(), change);
  }

  if (lexicon.duty === null) {
    if (duty === null || prediction.probability < (outOfScope ? ADOPT_NEAR_OUT_OF_SCOPE : ADOPT)) return lexicon;
    return modelDuty(lexicon, { ...prediction, duty }, heaviest(), "the lexicon found no duty");
  }
  if (duty === null && prediction.noDuty >= REJECT) {
    const words = heaviest();
    return {
      duty: null,
      duties: [],
      confidence: round2(prediction.noDuty),
      why: [...lexicon.why, why(prediction, words, `rejects the lexicon's weak ${lexicon.duty}`)],
      reasons: [learnedReason(prediction, words, lexicon.duty)],
      runnerUp: { duty: lexicon.duty, confidence: lexicon.confidence },
      ambiguous: false,
    };
  }
  if (duty !== null && duty !== lexicon.duty && prediction.probability >= REPLACE) {
    return modelDuty(lexicon, { ...prediction, duty }, heaviest(), `replaces the lexicon's weak ${lexicon.duty}`);
  }
  return lexicon;
}
