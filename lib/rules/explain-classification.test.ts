import { describe, expect, it } from "vitest";
import { DUTIES } from "./catalog";
import { classifyResponsibility, type Classification } from "./classify-responsibility";
import { CONCEPTS, OUT_OF_SCOPE_DOMAINS } from "./classifier/concepts";
import { CONCEPT_LABELS, OUT_OF_SCOPE_LABELS } from "./classifier/labels";
import { spellAsTyped } from "./classifier/spelling";
import { explainClassification } from "./explain-classification";

const explain = (text: string) => {
  const classification = classifyResponsibility(text);
  return { it: explainClassification(classification, "it", text), en: explainClassification(classification, "en", text) };
};

describe("classification reasons", () => {
  it("names the matched duty with the concepts and words that counted for it", () => {
    expect(classifyResponsibility("Gestire le operazioni IT").reasons).toEqual([
      { kind: "matched", duty: "cio.it-operations", concepts: ["manage", "operations", "it"], words: ["gestire", "operazioni", "IT"] },
    ]);
  });

  it("gives the out-of-scope domain, and the duty it outweighed", () => {
    expect(classifyResponsibility("Manage payroll software").reasons).toEqual([
      { kind: "out-of-scope", domain: "payroll", words: ["payroll"], outweighs: "cio.it-operations" },
    ]);
    expect(classifyResponsibility("Gestire le buste paga").reasons).toEqual([
      { kind: "out-of-scope", domain: "payroll", words: ["payroll"] },
      { kind: "nothing", concepts: ["manage"], words: ["gestire"] },
    ]);
  });

  it("gives the runner-up of an ambiguous text, and the closest duty of a weak one", () => {
    const vendors = classifyResponsibility("Fornitori");
    expect(vendors.reasons[1]).toEqual({
      kind: "ambiguous", duty: "cio.technology-vendors", runnerUp: "cto.product-vendors", concepts: ["vendor"], words: ["fornitori"],
    });
    // ("Contract review for NDAs and partnerships" was the example until contract reviews were read as legal work.)
    expect(classifyResponsibility("Contracts for partnerships").reasons).toEqual([
      { kind: "weak", closest: "cio.technology-vendors", concepts: ["contract"], words: ["contracts"] },
    ]);
  });

  it("quotes a misspelt word as typed, without the developers' note", () => {
    const result = classifyResponsibility("Gestire le infrastruttrue");
    expect(result.reasons[0]?.words).toContain("infrastruttrue");
    expect(JSON.stringify(result.reasons)).not.toContain("~");
  });

  it("is frozen with the rest of the cached result", () => {
    const result = classifyResponsibility("Gestire le operazioni IT");
    expect(Object.isFrozen(result.reasons)).toBe(true);
    expect(Object.isFrozen(result.reasons[0])).toBe(true);
  });
});

describe("explainClassification", () => {
  it("says when the learned model gave the duty, with its words and probability", () => {
    const learned = (duty: Classification["duty"], instead?: Classification["duty"]): Classification => ({
      duty,
      duties: duty === null ? [] : [duty],
      confidence: 0.9,
      why: [],
      reasons: [
        ...(duty === null ? [] : [{ kind: "matched" as const, duty, concepts: [], words: ["sensori"] }]),
        { kind: "learned", duty, confidence: duty === null ? 0.999 : 0.72, words: ["sensori", "caldaie"], ...(instead ? { instead } : {}) },
      ],
      ambiguous: false,
    });
    const text = "Mettiamo sensori nelle caldaie";
    expect(explainClassification(learned("cto.product-technology"), "en", text)).toBe(
      `Suggested by the model learned from labelled examples, mostly from "sensori", "caldaie" (probability 72%): “${DUTIES["cto.product-technology"].label.en}”.`,
    );
    expect(explainClassification(learned("cto.product-technology", "cio.infrastructure-management"), "it", text)).toBe(
      `Suggerito dal modello appreso dagli esempi etichettati, soprattutto per "sensori", "caldaie" (probabilità 72%): «${DUTIES["cto.product-technology"].label.it}». ` +
        `Le parole chiave indicavano «${DUTIES["cio.infrastructure-management"].label.it}», con indizi deboli.`,
    );
    // A model is never 100% sure.
    expect(explainClassification(learned(null, "cio.user-access-training"), "en", text)).toBe(
      `No duty of the document: so says the model learned from labelled examples, more than “${DUTIES["cio.user-access-training"].label.en}”, mostly from "sensori", "caldaie" (probability 99%).`,
    );
  });

  it("explains a match with concept labels and the user's words, in either language", () => {
    expect(explain("Gestire le operazioni IT")).toEqual({
      it: 'Suggerito perché parla di gestione, operazioni e IT ("Gestire", "operazioni", "IT").',
      en: 'Suggested because it talks about management, operations and IT ("Gestire", "operazioni", "IT").',
    });
  });

  it("says what out-of-scope work is about, quoting the words as typed", () => {
    expect(explain("Gestire le buste paga")).toEqual({
      it: 'Nessun compito del documento: riguarda le buste paga ("buste paga").',
      en: 'No duty of the document: this is about payroll ("buste paga").',
    });
    expect(explain("Manage payroll software")).toEqual({
      it: 'Nessun compito del documento: riguarda le buste paga ("payroll") più che «Operazioni IT».',
      en: 'No duty of the document: this is about payroll ("payroll") more than “IT operations”.',
    });
  });

  it("says when nothing in the text makes a duty", () => {
    expect(explain("Garantire la qualità del servizio")).toEqual({
      it: 'Nessun compito del documento: parla di funzionamento e qualità del servizio ("Garantire", "qualità"), ma nessun compito corrisponde.',
      en: 'No duty of the document: it talks about keeping things running and quality of service ("Garantire", "qualità"), but no duty matches that.',
    });
    expect(explain("Sicurezza e salute dei lavoratori")).toEqual({
      it: 'Nessun compito del documento: parla di protezione ("Sicurezza"), troppo poco per riconoscerne uno; il più vicino è «Cura delle comunicazioni».',
      en: 'No duty of the document: it talks about security ("Sicurezza"), too little to tell which; the closest is “Communications upkeep”.',
    });
    const empty: Classification = { duty: null, duties: [], confidence: 1, why: [], reasons: [{ kind: "nothing", concepts: [], words: [] }], ambiguous: false };
    expect(explainClassification(empty, "it")).toBe("Nessun compito del documento: nessuna parola del testo rimanda a uno dei compiti.");
    expect(explainClassification(empty, "en")).toBe("No duty of the document: none of its words point to one of the duties.");
  });

  it("names the runner-up of an ambiguous text by its catalog label", () => {
    const { it: italian, en: english } = explain("Fornitori");
    expect(italian).toBe(
      `Suggerito perché parla di fornitori ("Fornitori"). Potrebbe però essere anche «${DUTIES["cto.product-vendors"].label.it}»: scegli tu il compito.`,
    );
    expect(english).toBe(
      `Suggested because it talks about vendors ("Fornitori"). It could just as well be “${DUTIES["cto.product-vendors"].label.en}”: choose the duty yourself.`,
    );
  });

  it("quotes the normalised words when it is not given the text", () => {
    const classification = classifyResponsibility("Gestire le buste paga");
    expect(explainClassification(classification, "en")).toBe('No duty of the document: this is about payroll ("payroll").');
  });

  it("keeps long explanations short", () => {
    const text = "Gestire i rapporti con i fornitori di tecnologia e software e licenze e della rete";
    const { en } = explain(text);
    expect(en).toMatch(/^Suggested because it talks about management, relationships and negotiation, vendors, technology… \(/);
    expect(en.match(/"/g)?.length).toBe(10);
    expect(en).toContain(", …)");
  });

  it("explains each duty of a compound text", () => {
    expect(explain("Run IT operations and negotiate with our cloud vendors")).toEqual({
      it: 'Suggerito perché parla di funzionamento, IT e operazioni ("Run", "IT", "operations"). Conta anche per «Fornitori di tecnologia»: rapporti e trattative, infrastruttura, tecnologia e fornitori ("negotiate", "cloud", "vendors").',
      en: 'Suggested because it talks about keeping things running, IT and operations ("Run", "IT", "operations"). It also counts for “Technology vendors”: relationships and negotiation, infrastructure, technology and vendors ("negotiate", "cloud", "vendors").',
    });
  });

  it("never shows the developers' notation", () => {
    for (const text of ["Gestire le operazioni IT", "Fornitori", "Manage payroll software", "Gestire le infrastruttrue", "Fare il caffè", "Gestione infrastruttura, fornitori e formazione utenti"]) {
      for (const sentence of Object.values(explain(text))) {
        expect(sentence, text).not.toMatch(/→|\(\+|~|cio\.|cto\./);
      }
    }
  });
});

describe("labels", () => {
  it("labels every concept and out-of-scope domain in both languages", () => {
    for (const concept of Object.keys(CONCEPTS) as (keyof typeof CONCEPTS)[]) {
      expect(CONCEPT_LABELS[concept].it.length, concept).toBeGreaterThan(0);
      expect(CONCEPT_LABELS[concept].en.length, concept).toBeGreaterThan(0);
    }
    for (const domain of Object.keys(OUT_OF_SCOPE_DOMAINS) as (keyof typeof OUT_OF_SCOPE_DOMAINS)[]) {
      expect(OUT_OF_SCOPE_LABELS[domain].it.length, domain).toBeGreaterThan(0);
      expect(OUT_OF_SCOPE_LABELS[domain].en.length, domain).toBeGreaterThan(0);
    }
  });
});

describe("spellAsTyped", () => {
  it("finds accents, capitals, multi-word expressions, acronyms and KPI signs in the text", () => {
    expect(spellAsTyped("Qualità e Sicurezza", ["qualita", "sicurezza"])).toEqual(["Qualità", "Sicurezza"]);
    expect(spellAsTyped("Selezione del personale", ["recruiting"])).toEqual(["Selezione del personale"]);
    expect(spellAsTyped("Gestire i sistemi informativi", ["IT"])).toEqual(["sistemi informativi"]);
    expect(spellAsTyped("Costi IT: -15% entro giugno", ["decrease", "IT"])).toEqual(["-15%", "IT"]);
    expect(spellAsTyped("Help desk", ["helpdesk", "helpdesk"])).toEqual(["Help desk"]);
    expect(spellAsTyped("altro", ["payroll"])).toEqual(["payroll"]);
  });
});
