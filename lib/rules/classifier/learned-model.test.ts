import { describe, expect, it } from "vitest";
import { DUTY_IDS } from "../catalog";
import { conceptsAt, features } from "./features";
import { heaviestWords, NO_DUTY_CLASS, parseTable, predict, setWeights } from "./learned-model";
import MODEL from "./model-weights.json" with { type: "json" };
import { normalizeWords, readWords } from "./reading";

const input = (text: string) => {
  const words = normalizeWords(text);
  return [words, conceptsAt(words, readWords(words))] as const;
};

describe("the learned model's weights", () => {
  it("has one class per duty and one for no duty", () => {
    expect(MODEL.classes).toEqual([...DUTY_IDS, NO_DUTY_CLASS]);
    expect(MODEL.bias).toHaveLength(MODEL.classes.length);
  });

  it("was never trained on the held-aside set", () => {
    expect(MODEL.trainedOn).not.toContain("held-aside-phrases.json");
    expect(MODEL.trainedOn).toContain("tuning-phrases.json");
  });

  it("stays small: the browser loads it with the canvas", () => {
    // The file as served, before compression; `scripts/train-classifier.ts` drops the smallest weights to stay under.
    expect(JSON.stringify(MODEL).length).toBeLessThan(300_000);
  });
});

describe("parseTable", () => {
  it("reads one row of weights per feature, in units of 1/scale", () => {
    const rows = parseTable("w:server\t0:150 2:-25\nb:a b\t1:10", 3, 100);
    expect([...(rows.get("w:server") ?? [])]).toEqual([1.5, 0, -0.25]);
    expect([...(rows.get("b:a b") ?? [])]).toEqual([0, 0.1, 0]);
  });

  it("names a bad weight instead of reading it", () => {
    expect(() => parseTable("w:server\t7:15", 3, 100)).toThrow('bad weight "7:15" of w:server');
    expect(() => parseTable("w:server\t0:x", 3, 100)).toThrow("bad weight");
    expect(() => parseTable("w:server", 3, 100)).toThrow("no weights for w:server");
  });
});

describe("features", () => {
  it("gives words, word pairs, character n-grams and concepts, each with its word", () => {
    const found = features(["gestione", "server"], [["manage", 0]]);
    const keys = found.map(({ key }) => key);
    expect(keys).toEqual(expect.arrayContaining(["w:gestione", "b:gestione server", "c:^se", "c:ver$", "k:manage"]));
    expect(found.find(({ key }) => key === "c:ver$")?.word).toBe(1);
  });
});

describe("predict", () => {
  it("reads a product described by what goes into it, which no keyword names", () => {
    const [words, concepts] = input("Mettiamo sensori nelle nostre caldaie");
    expect(predict(words, concepts).duty).toBe("cto.product-technology");
  });

  it("is surest of no duty on work outside both roles", () => {
    const [words, concepts] = input("Pianificazione delle ferie e dei turni");
    const prediction = predict(words, concepts);
    expect(prediction.duty).toBeNull();
    expect(prediction.noDuty).toBe(prediction.probability);
  });

  it("names the words that weighed most, only words of the text", () => {
    const [words, concepts] = input("Mettiamo sensori nelle nostre caldaie");
    const heaviest = heaviestWords(words, concepts, "cto.product-technology");
    expect(heaviest.length).toBeGreaterThan(0);
    for (const word of heaviest) expect(words).toContain(word);
  });
});

describe("setWeights", () => {
  it("classifies with other weights, and with the committed ones again after null", () => {
    const committed = predict(...input("Gestire i server"));
    // A model that knows one word, and reads it as no duty.
    const classes = [...DUTY_IDS, NO_DUTY_CLASS];
    setWeights({ classes, bias: classes.map(() => 0), scale: 1, table: `w:server\t${classes.length - 1}:9` });
    try {
      expect(predict(...input("Gestire i server"))).toMatchObject({ duty: null });
    } finally {
      setWeights(null);
    }
    expect(predict(...input("Gestire i server"))).toEqual(committed);
  });
});
