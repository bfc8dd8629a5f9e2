import { describe, expect, it } from "vitest";
import { buildChart } from "./fixtures/charts";
import { dutyHoldings, effectiveDuty, resolveResponsibility } from "./resolve-duties";

describe("effectiveDuty", () => {
  it("takes the explicit duty over the text, and null as a decision", () => {
    expect(effectiveDuty({ text: "Elaborare le buste paga", duty: "cio.efficiency" })).toBe("cio.efficiency");
    expect(effectiveDuty({ text: "Gestire le operazioni IT", duty: null })).toBeNull();
    expect(resolveResponsibility({ text: "Gestire le operazioni IT", duty: null })).toEqual({ duty: null, duties: [], decidedBy: "user" });
  });

  it("lets an explicit duty mean exactly that duty, even for a compound text", () => {
    const compound = "Run IT operations and negotiate with our cloud vendors";
    expect(resolveResponsibility({ text: compound }).duties).toHaveLength(2);
    expect(resolveResponsibility({ text: compound, duty: "cio.it-operations" })).toEqual({
      duty: "cio.it-operations",
      duties: ["cio.it-operations"],
      decidedBy: "user",
    });
  });

  it("classifies the text when there is no decision, or an id the catalog does not know", () => {
    expect(effectiveDuty({ text: "Gestire le operazioni IT" })).toBe("cio.it-operations");
    const stale = resolveResponsibility({ text: "Gestire le operazioni IT", duty: "cio.old-id" });
    expect(stale).toMatchObject({ duty: "cio.it-operations", decidedBy: "classifier" });
    expect(stale.classification?.why.length).toBeGreaterThan(0);
  });
});

describe("dutyHoldings", () => {
  it("lists every node holding every duty, through which responsibility, in chart order", () => {
    const chart = buildChart([
      { id: "a", does: ["Gestire le operazioni IT", "Elaborare le buste paga", ["Vendors", "cio.technology-vendors"]] },
      { id: "b", does: ["Run the IT helpdesk", ["Lead engineering", null]] },
    ]);
    expect(dutyHoldings(chart)).toEqual([
      { duty: "cio.it-operations", nodeId: "a", responsibilityId: "a#0", text: "Gestire le operazioni IT", decidedBy: "classifier" },
      { duty: "cio.technology-vendors", nodeId: "a", responsibilityId: "a#2", text: "Vendors", decidedBy: "user" },
      { duty: "cio.it-operations", nodeId: "b", responsibilityId: "b#0", text: "Run the IT helpdesk", decidedBy: "classifier" },
    ]);
  });

  it("gives a compound text one holding per duty", () => {
    const text = "Gestione infrastruttura, fornitori e formazione utenti";
    const chart = buildChart([{ id: "a", does: [text] }]);
    expect(dutyHoldings(chart)).toEqual([
      { duty: "cio.infrastructure-management", nodeId: "a", responsibilityId: "a#0", text, decidedBy: "classifier" },
      { duty: "cio.technology-vendors", nodeId: "a", responsibilityId: "a#0", text, decidedBy: "classifier" },
      { duty: "cio.user-access-training", nodeId: "a", responsibilityId: "a#0", text, decidedBy: "classifier" },
    ]);
  });
});
