import { describe, expect, it } from "vitest";
import { vetoesPartDuty } from "./consult-model";
import { normalizeWords, readWords } from "./reading";
import { withWordModel } from "./testing/with-word-model";

describe("vetoesPartDuty", () => {
  const words = normalizeWords("what our cloud vendors deliver");
  const reading = readWords(words);

  it("sets aside a further duty when the model reads the part otherwise more likely than not", () => {
    // Logit 3.11 against fifteen zeros: the vendors at 0.6, enough to set aside running the infrastructure.
    withWordModel({ cloud: "cio.technology-vendors" }, () => expect(vetoesPartDuty(words, reading, "cio.infrastructure-management")).toBe(true), 3.11);
  });

  it("keeps the further duty when the model's other reading is less likely than not", () => {
    // Logit 2.5: the vendors at 0.45.
    withWordModel({ cloud: "cio.technology-vendors" }, () => expect(vetoesPartDuty(words, reading, "cio.infrastructure-management")).toBe(false), 2.5);
  });

  it("never sets aside the duty the model itself reads", () => {
    withWordModel({ cloud: "cio.technology-vendors" }, () => expect(vetoesPartDuty(words, reading, "cio.technology-vendors")).toBe(false), 6);
  });
});
