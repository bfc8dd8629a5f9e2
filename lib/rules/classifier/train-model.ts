/**
 * Trains the learned model: multinomial logistic regression (one weight per feature and class,
 * plus a bias per class) by stochastic gradient descent with L2 regularisation. Deterministic: the
 * order of the examples comes from the `random` function the caller seeds, and nothing else varies.
 *
 * Small on purpose: a linear model's weights can be read one by one, which is what lets an
 * explanation name the features that counted.
 */

export interface TrainingExample {
  /** Feature keys (see features.ts); a key may repeat. */
  features: readonly string[];
  /** Index into the classes. */
  label: number;
}

export interface TrainingOptions {
  epochs: number;
  /** Initial learning rate; it decays as 1 / (1 + epoch * decay). */
  learningRate: number;
  decay: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  /** A feature seen in fewer training examples than this is dropped (noise, and size). */
  minCount: number;
  /** Weights smaller than this in absolute value are dropped after training (size). */
  minWeight: number;
  /** Decimal places kept of each weight (size: the weights reach the browser). */
  digits: number;
  /** Returns numbers in [0, 1): shuffles the examples each epoch. */
  random: () => number;
}

export interface TrainedModel {
  classes: readonly string[];
  bias: number[];
  /** Per feature, its non-negligible weights as [class index, weight] pairs. */
  weights: Record<string, [number, number][]>;
}

/** The class probabilities of a linear model's scores (numerically stable softmax). */
export function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function trainModel(classes: readonly string[], examples: readonly TrainingExample[], options: TrainingOptions): TrainedModel {
  const count = new Map<string, number>();
  for (const example of examples) for (const key of new Set(example.features)) count.set(key, (count.get(key) ?? 0) + 1);
  const kept = [...count].filter(([, seen]) => seen >= options.minCount).map(([key]) => key).sort();
  const indexOf = new Map(kept.map((key, index) => [key, index]));
  const width = classes.length;
  const weights = new Float64Array(kept.length * width);
  const bias = new Float64Array(width);
  const rows = examples.map((example) => ({
    label: example.label,
    features: example.features.flatMap((key) => {
      const index = indexOf.get(key);
      return index === undefined ? [] : [index];
    }),
  }));

  const order = rows.map((_, index) => index);
  const scores = new Float64Array(width);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    // Fisher–Yates with the caller's seeded random: the same seed gives the same model.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(options.random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = options.learningRate / (1 + epoch * options.decay);
    for (const position of order) {
      const row = rows[position] as (typeof rows)[number];
      for (let c = 0; c < width; c++) {
        let score = bias[c] as number;
        for (const feature of row.features) score += weights[feature * width + c] as number;
        scores[c] = score;
      }
      const probabilities = softmax([...scores]);
      for (let c = 0; c < width; c++) {
        const gradient = (probabilities[c] as number) - (c === row.label ? 1 : 0);
        bias[c] = (bias[c] as number) - rate * gradient;
        for (const feature of row.features) {
          const at = feature * width + c;
          weights[at] = (weights[at] as number) - rate * (gradient + options.l2 * (weights[at] as number));
        }
      }
    }
  }

  const table: Record<string, [number, number][]> = {};
  for (const [index, key] of kept.entries()) {
    const pairs: [number, number][] = [];
    for (let c = 0; c < width; c++) {
      const weight = round(weights[index * width + c] as number, options.digits);
      if (Math.abs(weight) >= options.minWeight) pairs.push([c, weight]);
    }
    if (pairs.length > 0) table[key] = pairs;
  }
  return { classes: [...classes], bias: [...bias].map((value) => round(value, options.digits)), weights: table };
}
