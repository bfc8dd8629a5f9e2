import { describe, expect, it } from "vitest";
import { classifyResponsibility } from "./classify-responsibility";
import { resolveResponsibility } from "./resolve-duties";
import { splitByDuty } from "./split-by-duty";

describe("splitByDuty", () => {
  it("cuts a compound text where each duty's part begins, in the user's words", () => {
    expect(splitByDuty("Run IT operations and negotiate with our cloud vendors")).toEqual([
      { duty: "cio.it-operations", text: "Run IT operations" },
      { duty: "cio.technology-vendors", text: "Negotiate with our cloud vendors" },
    ]);
    expect(splitByDuty("Gestione infrastruttura, fornitori e formazione utenti")).toEqual([
      { duty: "cio.infrastructure-management", text: "Gestione infrastruttura" },
      { duty: "cio.technology-vendors", text: "Fornitori" },
      { duty: "cio.user-access-training", text: "Formazione utenti" },
    ]);
  });

  it("keeps detail that adds no duty with the piece before it", () => {
    expect(splitByDuty("Keeps email and phones patched and secure, and trains staff on the new ERP")).toEqual([
      { duty: "cio.communications-upkeep", text: "Keeps email and phones patched and secure" },
      { duty: "cio.user-access-training", text: "Trains staff on the new ERP" },
    ]);
  });

  it("gives one piece per duty of the classification, each counting for exactly its duty", () => {
    const text = "Trains users on Office 365, runs the helpdesk and manages the network";
    const pieces = splitByDuty(text);
    expect(pieces.map((piece) => piece.duty)).toEqual(classifyResponsibility(text).duties);
    for (const piece of pieces) expect(resolveResponsibility(piece).duties).toEqual([piece.duty]);
  });

  it("offers nothing for a text with one duty or none", () => {
    expect(splitByDuty("IT operations and maintenance")).toEqual([]);
    expect(splitByDuty("Gestione buste paga e presenze")).toEqual([]);
    expect(splitByDuty("")).toEqual([]);
  });
});
