import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../bench/lib/random";
import { softmax, trainModel, type TrainingExample } from "./train-model";

const OPTIONS = { epochs: 20, learningRate: 0.3, decay: 0.1, l2: 1e-3, minCount: 1, minWeight: 0.01, digits: 3 };

// Two classes told apart by one word each; "noise" appears in both.
const EXAMPLES: TrainingExample[] = [
  { features: ["w:server", "w:noise"], label: 0 },
  { features: ["w:server"], label: 0 },
  { features: ["w:cliente", "w:noise"], label: 1 },
  { features: ["w:cliente"], label: 1 },
];

function scoreOf(model: ReturnType<typeof trainModel>, features: string[]): number[] {
  const scores = [...model.bias];
  for (const key of features) for (const [c, weight] of model.weights[key] ?? []) scores[c] = (scores[c] as number) + weight;
  return softmax(scores);
}

describe("trainModel", () => {
  it("learns which feature points to which class", () => {
    const model = trainModel(["infra", "customers"], EXAMPLES, { ...OPTIONS, random: seededRandom(1) });
    expect(scoreOf(model, ["w:server"])[0]).toBeGreaterThan(0.8);
    expect(scoreOf(model, ["w:cliente"])[1]).toBeGreaterThan(0.8);
    const [server] = model.weights["w:server"]?.filter(([c]) => c === 0) ?? [];
    expect(server?.[1]).toBeGreaterThan(0);
  });

  it("gives the same model for the same seed", () => {
    const first = trainModel(["infra", "customers"], EXAMPLES, { ...OPTIONS, random: seededRandom(5) });
    const second = trainModel(["infra", "customers"], EXAMPLES, { ...OPTIONS, random: seededRandom(5) });
    expect(second).toEqual(first);
  });

  it("drops rare features and negligible weights", () => {
    const model = trainModel(["infra", "customers"], EXAMPLES, { ...OPTIONS, minCount: 2, random: seededRandom(1) });
    // "server" is seen twice and kept; "rare" once, and dropped.
    const withRare = trainModel(["infra", "customers"], [...EXAMPLES, { features: ["w:rare"], label: 0 }], {
      ...OPTIONS,
      minCount: 2,
      random: seededRandom(1),
    });
    expect(Object.keys(model.weights)).toContain("w:server");
    expect(Object.keys(withRare.weights)).not.toContain("w:rare");
    const huge = trainModel(["infra", "customers"], EXAMPLES, { ...OPTIONS, minWeight: 100, random: seededRandom(1) });
    expect(huge.weights).toEqual({});
  });
});

describe("softmax", () => {
  it("turns scores into probabilities, stable for large scores", () => {
    const probabilities = softmax([1000, 1000, 0]);
    expect(probabilities[0]).toBeCloseTo(0.5);
    expect(probabilities.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1);
  });
});
