import { DUTY_IDS, type DutyId } from "../../catalog";
import { clearClassificationCache } from "../../classify-responsibility";
import { NO_DUTY_CLASS, setWeights } from "../learned-model";

const CLASSES = [...DUTY_IDS, NO_DUTY_CLASS];

/**
 * Runs `check` with a model that knows only the given words, each read as its duty with `logit`
 * against every other class's zero, then restores the trained model: a test of a mechanism that asks
 * the model must not rest on what the trained model happens to read.
 */
export function withWordModel(words: Record<string, DutyId>, check: () => void, logit = 9): void {
  const table = Object.entries(words)
    .map(([word, duty]) => `w:${word}\t${CLASSES.indexOf(duty)}:${Math.round(logit * 100)}`)
    .join("\n");
  setWeights({ classes: CLASSES, bias: CLASSES.map(() => 0), scale: 100, table });
  clearClassificationCache();
  try {
    check();
  } finally {
    setWeights(null);
    clearClassificationCache();
  }
}
