import { describe, expect, it } from "vitest";
import { DUTY_IDS } from "../catalog";
import { vetoesPartDuty } from "./consult-model";
import { NO_DUTY_CLASS, setWeights } from "./learned-model";
import { normalizeWords, readWords } from "./reading";

const CLASSES = [...DUTY_IDS, NO_DUTY_CLASS];

/** A model that knows one word, "cloud", and reads it as working with technology vendors with this logit. */
function withVendorModel(logit: number, run: () => void): void {
  const vendors = CLASSES.indexOf("cio.technology-vendors");
  setWeights({ classes: CLASSES, bias: CLASSES.map(() => 0), scale: 100, table: `w:cloud\t${vendors}:${Math.round(logit * 100)}` });
  try {
    run();
  } finally {
    setWeights(null);
  }
}

describe("vetoesPartDuty", () => {
  const words = normalizeWords("what our cloud vendors deliver");
  const reading = readWords(words);

  it("sets aside a further duty when the model reads the part otherwise more likely than not", () => {
    // Logit 3.11 against fifteen zeros: the vendors at 0.6, enough to set aside running the infrastructure.
    withVendorModel(3.11, () => expect(vetoesPartDuty(words, reading, "cio.infrastructure-management")).toBe(true));
  });

  it("keeps the further duty when the model's other reading is less likely than not", () => {
    // Logit 2.5: the vendors at 0.45.
    withVendorModel(2.5, () => expect(vetoesPartDuty(words, reading, "cio.infrastructure-management")).toBe(false));
  });

  it("never sets aside the duty the model itself reads", () => {
    withVendorModel(6, () => expect(vetoesPartDuty(words, reading, "cio.technology-vendors")).toBe(false));
  });
});
