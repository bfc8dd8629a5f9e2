import { describe, expect, it } from "vitest";
import { DUTIES, isDutyId, type DutyId } from "./catalog";
import { withWordModel } from "./classifier/testing/with-word-model";
import { classifyResponsibility, classifyWithLexiconOnly, needsDecision } from "./classify-responsibility";
import heldAside from "./fixtures/held-aside-phrases.json";
import round1 from "./fixtures/round-1-phrases.json";
import round2 from "./fixtures/round-2-phrases.json";
import round3 from "./fixtures/round-3-phrases.json";
import round4 from "./fixtures/round-4-phrases.json";
import round5 from "./fixtures/round-5-phrases.json";
import round6 from "./fixtures/round-6-phrases.json";
import round7 from "./fixtures/round-7-phrases.json";
import round8 from "./fixtures/round-8-phrases.json";
import round9 from "./fixtures/round-9-phrases.json";
import round10 from "./fixtures/round-10-phrases.json";
import round11 from "./fixtures/round-11-phrases.json";
import round12 from "./fixtures/round-12-phrases.json";
import round13 from "./fixtures/round-13-phrases.json";
import round14 from "./fixtures/round-14-phrases.json";
import round15 from "./fixtures/round-15-phrases.json";
import round16 from "./fixtures/round-16-phrases.json";
import round17 from "./fixtures/round-17-phrases.json";
import round18 from "./fixtures/round-18-phrases.json";
import round19 from "./fixtures/round-19-phrases.json";
import round20 from "./fixtures/round-20-phrases.json";
import round21 from "./fixtures/round-21-phrases.json";
import round22 from "./fixtures/round-22-phrases.json";
import round23 from "./fixtures/round-23-phrases.json";
import round24 from "./fixtures/round-24-phrases.json";
import round25 from "./fixtures/round-25-phrases.json";
import round26 from "./fixtures/round-26-phrases.json";
import round27 from "./fixtures/round-27-phrases.json";
import round28 from "./fixtures/round-28-phrases.json";
import round29 from "./fixtures/round-29-phrases.json";
import round30 from "./fixtures/round-30-phrases.json";
import round31 from "./fixtures/round-31-phrases.json";
import round32 from "./fixtures/round-32-phrases.json";
import round33 from "./fixtures/round-33-phrases.json";
import round34 from "./fixtures/round-34-phrases.json";
import round35 from "./fixtures/round-35-phrases.json";
import round36 from "./fixtures/round-36-phrases.json";
import round37 from "./fixtures/round-37-phrases.json";
import round38 from "./fixtures/round-38-phrases.json";
import round39 from "./fixtures/round-39-phrases.json";
import round40 from "./fixtures/round-40-phrases.json";
import round41 from "./fixtures/round-41-phrases.json";
import round42 from "./fixtures/round-42-phrases.json";
import round43 from "./fixtures/round-43-phrases.json";
import round44 from "./fixtures/round-44-phrases.json";
import round45 from "./fixtures/round-45-phrases.json";
import round46 from "./fixtures/round-46-phrases.json";
import round47 from "./fixtures/round-47-phrases.json";
import round48 from "./fixtures/round-48-phrases.json";
import round49 from "./fixtures/round-49-phrases.json";
import round50 from "./fixtures/round-50-phrases.json";
import round51 from "./fixtures/round-51-phrases.json";
import round52 from "./fixtures/round-52-phrases.json";
import tuning from "./fixtures/tuning-phrases.json";
import compound from "./fixtures/compound-phrases.json";
import { MAX_DUTIES } from "./classify-responsibility";

// The generalisation rounds (fixtures/ROUNDS.md): each batch was scored unseen, then tuned on.
// Their borderline labels were decided from DOMAIN.md before scoring, so a few may stay missed
// rather than be forced by phrase-specific rules.
const rounds = { round1, round2, round3, round4, round5, round6, round7, round8, round9, round10, round11, round12, round13, round14, round15, round16, round17, round18, round19, round20, round21, round22, round23, round24, round25, round26, round27, round28, round29, round30, round31, round32, round33, round34, round35, round36, round37, round38, round39, round40, round41, round42, round43, round44, round45, round46, round47, round48, round49, round50, round51, round52 };
// Rounds 10 and 11 keep their remaining misses rather than phrase-specific rules (fixtures/ROUNDS.md):
// a team's members listed in parentheses, a vendor list whose noun comes last, products named only
// by what they are ("hearing aids", "modelli"), "utile" as profit. Their floors sit just under today's score.
// Round 24 keeps four: numbered procedures whose later step names a vendor ("3) apre un ticket al
// fornitore"), an annual report's "la funzione ICT ha gestito 140 server".
const FLOORS: Partial<Record<keyof typeof rounds, { duty: number; role: number }>> = {
  round10: { duty: 0.95, role: 0.98 },
  round11: { duty: 0.9, role: 0.92 },
  round24: { duty: 0.95, role: 0.98 },
  // Round 28 with the model trained through it: 98.3% duty and role, two misses (fixtures/ROUNDS.md).
  round28: { duty: 0.98, role: 0.98 },
  // Rounds 29 and 30 with the model trained through them: 99.2% / 100% and 97.5% / 98.3% (fixtures/ROUNDS.md).
  round29: { duty: 0.99, role: 0.99 },
  round30: { duty: 0.97, role: 0.98 },
  // Rounds 31–40 with the model trained through round 40 (seed 13) and the lexicon tuned on them, over all
  // their phrases (duty / role, fixtures/ROUNDS.md): 95.0 / 98.3, 96.7 / 100, 96.7 / 99.2, 99.2 / 99.2,
  // 95.8 / 99.2, 100 / 100, 98.3 / 100, 95.8 / 99.2, 98.3 / 100, 98.3 / 100.
  round31: { duty: 0.95, role: 0.98 },
  round32: { duty: 0.96, role: 0.99 },
  round33: { duty: 0.96, role: 0.99 },
  round34: { duty: 0.99, role: 0.99 },
  round35: { duty: 0.95, role: 0.99 },
  round36: { duty: 0.99, role: 0.99 },
  round37: { duty: 0.98, role: 0.99 },
  round38: { duty: 0.95, role: 0.99 },
  round39: { duty: 0.98, role: 0.99 },
  round40: { duty: 0.98, role: 0.99 },
  // Rounds 41–44 with the model trained through round 44 (seed 12, min weight 0.13) and the lexicon tuned on them,
  // over all their phrases (duty / role, fixtures/ROUNDS.md): 97.5 / 100, 98.3 / 100, 100 / 100, 97.5 / 99.2.
  round41: { duty: 0.97, role: 0.99 },
  round42: { duty: 0.98, role: 0.99 },
  round43: { duty: 0.99, role: 0.99 },
  round44: { duty: 0.97, role: 0.99 },
  // Rounds 45–52 with the model trained through round 52 (seed 12, min weight 0.14) and the lexicon tuned on them,
  // over all their phrases (duty / role, fixtures/ROUNDS.md): 98.3 / 100, 99.2 / 100, 98.3 / 99.2, 99.2 / 100,
  // 99.2 / 100, 98.3 / 98.3, 98.3 / 100, 98.3 / 100.
  round45: { duty: 0.98, role: 0.99 },
  round46: { duty: 0.99, role: 0.99 },
  round47: { duty: 0.98, role: 0.99 },
  round48: { duty: 0.99, role: 0.99 },
  round49: { duty: 0.99, role: 0.99 },
  round50: { duty: 0.98, role: 0.98 },
  round51: { duty: 0.98, role: 0.99 },
  round52: { duty: 0.98, role: 0.99 },
};

interface Labelled {
  text: string;
  duty: DutyId | null;
}

function labelled(raw: { text: string; duty: string | null }[]): Labelled[] {
  return raw.map(({ text, duty }) => {
    if (duty !== null && !isDutyId(duty)) throw new Error(`Unknown duty in fixture: ${duty}`);
    return { text, duty };
  });
}

const roleOf = (duty: DutyId | null) => (duty === null ? null : DUTIES[duty].owner);

function score(set: Labelled[]) {
  let rightDuty = 0;
  let rightRole = 0;
  let outOfScope = 0;
  let outOfScopeAnsweredNull = 0;
  const misses: string[] = [];
  for (const { text, duty } of set) {
    const got = classifyResponsibility(text).duty;
    if (got === duty) rightDuty++;
    else misses.push(`${text}: expected ${duty}, got ${got}`);
    if (roleOf(got) === roleOf(duty)) rightRole++;
    if (duty === null) {
      outOfScope++;
      if (got === null) outOfScopeAnsweredNull++;
    }
  }
  return {
    duty: rightDuty / set.length,
    role: rightRole / set.length,
    outOfScope: outOfScopeAnsweredNull / outOfScope,
    misses,
  };
}

describe("classifyResponsibility on the labelled sets", () => {
  it("has enough labelled phrases to mean something", () => {
    const all = [...tuning, ...heldAside];
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(all.filter((entry) => entry.duty === null).length).toBeGreaterThanOrEqual(20);
    // Every duty is represented in both sets.
    for (const id of Object.keys(DUTIES)) {
      expect(tuning.some((entry) => entry.duty === id)).toBe(true);
      expect(heldAside.some((entry) => entry.duty === id)).toBe(true);
    }
  });

  it("classifies the tuning set", () => {
    const result = score(labelled(tuning));
    console.info(`tuning set: duty ${(result.duty * 100).toFixed(1)}%, role ${(result.role * 100).toFixed(1)}%, out-of-scope → null ${(result.outOfScope * 100).toFixed(1)}%`);
    expect(result.misses).toEqual([]);
  });

  it.each(Object.entries(rounds))("classifies the %s batch", (name, batch) => {
    const result = score(labelled(batch));
    console.info(`${name}: duty ${(result.duty * 100).toFixed(1)}%, role ${(result.role * 100).toFixed(1)}%, out-of-scope → null ${(result.outOfScope * 100).toFixed(1)}%`);
    const floor = FLOORS[name as keyof typeof rounds] ?? { duty: 0.97, role: 0.98 };
    expect(result.duty, result.misses.join("\n")).toBeGreaterThanOrEqual(floor.duty);
    expect(result.role).toBeGreaterThanOrEqual(floor.role);
    expect(result.outOfScope).toBeGreaterThanOrEqual(0.95);
  });

  // The held-aside set was written before the lexicons and never used to tune them: it is the
  // estimate of accuracy on phrasings nobody has seen. Only the scores are reported, not the misses.
  it("generalises to the held-aside set", () => {
    const result = score(labelled(heldAside));
    console.info(`held-aside set: duty ${(result.duty * 100).toFixed(1)}%, role ${(result.role * 100).toFixed(1)}%, out-of-scope → null ${(result.outOfScope * 100).toFixed(1)}%`);
    expect(result.duty).toBeGreaterThanOrEqual(0.9);
    expect(result.role).toBeGreaterThanOrEqual(0.97);
    expect(result.outOfScope).toBeGreaterThanOrEqual(0.9);
  });
});

describe("classifyResponsibility", () => {
  it("explains its choice with the words it read", () => {
    const result = classifyResponsibility("Trattare con i fornitori di software gestionale");
    expect(result.duty).toBe("cio.technology-vendors");
    expect(result.why.join("\n")).toContain("fornitori");
    expect(result.why.join("\n")).toContain("cio.technology-vendors");
    expect(result.confidence).toBeGreaterThan(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("says no duty for out-of-scope work, and says why", () => {
    const result = classifyResponsibility("Pagare le fatture dei fornitori");
    expect(result.duty).toBeNull();
    expect(result.why.join("\n")).toMatch(/out of scope \(accounting/);
    expect(needsDecision(result)).toBe(true);
  });

  it("says no duty for text it cannot read at all", () => {
    for (const text of ["", "   ", "Lorem ipsum dolor sit amet", "Giovedì pomeriggio"]) {
      const result = classifyResponsibility(text);
      expect(result.duty).toBeNull();
      expect(result.runnerUp).toBeUndefined();
    }
  });

  it("ignores case, accents, apostrophes and punctuation", () => {
    const reference = classifyResponsibility("Gestione dell'infrastruttura tecnologica");
    for (const variant of ["GESTIONE DELL’INFRASTRUTTURA TECNOLOGICA", "gestione dell infrastruttura tecnologica!!", "  Gestione   dell'infrastruttura,   tecnologica. "]) {
      expect(classifyResponsibility(variant).duty).toBe(reference.duty);
    }
  });

  it("reads IT only as the acronym, not as the English pronoun", () => {
    expect(classifyResponsibility("Lead the IT team").duty).toBe("cio.it-department");
    expect(classifyResponsibility("lead the it team").duty).toBe("cio.it-department");
    // "AI" written in capitals is the acronym; "ai" in Italian is "to the".
    expect(classifyResponsibility("Make the product smarter with AI").duty).toBe("cto.product-technology");
    expect(classifyResponsibility("Assegnare i permessi ai nuovi dipendenti").duty).toBe("cio.user-access-training");
  });

  it("forgives a typo in a long word", () => {
    expect(classifyResponsibility("Decidere quali pordotti dismettere").duty).toBe("cto.product-portfolio");
    expect(classifyResponsibility("custmer feedback sessions").duty).toBe("cto.customer-focus");
  });

  it("separates the document's boundary pairs by sense", () => {
    const cases: [string, DutyId][] = [
      ["Run the infrastructure", "cio.infrastructure-management"],
      ["Design the infrastructure", "cto.infrastructure-architecture"],
      ["Keep email and phones secure", "cio.communications-upkeep"],
      ["Build a new internal messaging system", "cto.communication-systems"],
      ["Lead the IT department", "cio.it-department"],
      ["Lead the engineering department", "cto.engineering-department"],
      ["Manage our software vendors", "cio.technology-vendors"],
      ["Manage suppliers of product components", "cto.product-vendors"],
      ["Give employees the access they need", "cio.user-access-training"],
      ["Understand what our customers need", "cto.customer-focus"],
      ["Strategies to increase profits", "cio.profit-strategy"],
      ["Decide which products to retire", "cto.product-portfolio"],
    ];
    for (const [text, duty] of cases) expect(classifyResponsibility(text).duty, text).toBe(duty);
  });

  describe("negation", () => {
    it("counts the affirmed activity, not the negated one", () => {
      const cases: [string, DutyId][] = [
        ["Non progetta i server, li gestisce ogni giorno", "cio.infrastructure-management"],
        ["Doesn't design our network, but keeps it running day and night", "cio.infrastructure-management"],
        ["Non gestisce la rete: ne disegna l'architettura", "cto.infrastructure-architecture"],
        ["Manages the servers but not their design", "cio.infrastructure-management"],
        ["Gestisce il centralino invece di crearne uno nuovo", "cio.communications-upkeep"],
        ["Keeps the phone system patched rather than building a new one", "cio.communications-upkeep"],
        ["Non si occupa di vendite: ascolta i clienti per capire cosa serve loro", "cto.customer-focus"],
        ["Not a developer: runs the help desk", "cio.it-operations"],
      ];
      for (const [text, duty] of cases) expect(classifyResponsibility(text).duty, text).toBe(duty);
    });

    it("answers no duty when only the negated part carried one", () => {
      for (const text of ["Not an IT job: runs the electrical maintenance of the plant", "Non si occupa di IT: gestisce gli impianti elettrici"]) {
        expect(classifyResponsibility(text).duty, text).toBeNull();
      }
    });

    it("does not count what a concession grants", () => {
      expect(classifyResponsibility("Pur avendo progettato la rete, oggi gestisce i server e il cloud").duty).toBe("cio.infrastructure-management");
      expect(classifyResponsibility("While he also designs some of it, his job is running the network").duty).toBe("cio.infrastructure-management");
      // A plain "while" concedes nothing.
      expect(classifyResponsibility("Strategies to grow profit while keeping service quality").duty).toBe("cio.profit-strategy");
      expect(classifyResponsibility("Although he wrote our IT vendor contracts, he now leads the engineering team").duty).toBe("cto.engineering-department");
    });

    it("counts what a person does now, not what they did before", () => {
      expect(classifyResponsibility("Prima gestiva i server, ora ne progetta l'architettura").duty).toBe("cto.infrastructure-architecture");
      expect(classifyResponsibility("Until last year he ran the helpdesk; now he leads the engineering team").duty).toBe("cto.engineering-department");
      expect(classifyResponsibility("Used to run the servers; now runs the warehouse").duty).toBeNull();
    });

    it("reads 'not only' as more, not as less", () => {
      expect(classifyResponsibility("Non solo gestisce i server: ne progetta l'architettura").duties).toContain("cto.infrastructure-architecture");
      expect(classifyResponsibility("Decide quali prodotti non servono più e vanno ritirati").duty).toBe("cto.product-portfolio");
    });
  });

  describe("products named by a noun the lexicon does not know", () => {
    it("reads an unlisted noun after 'our' as the company's product next to what is done to products", () => {
      for (const [text, duty] of [
        ["Works with the firm that supplies the membranes for our speakers", "cto.product-vendors"],
        ["Mette un po' di software dentro le nostre serrature", "cto.product-technology"],
        ["Chooses which of our games get a sequel", "cto.product-portfolio"],
      ] as const) {
        const result = classifyWithLexiconOnly(text);
        expect(result.duty, text).toBe(duty);
        expect(result.why.join("\n"), text).toMatch(/our own goods/);
      }
    });

    it("leaves the noun alone on its own, after a number, or before a known noun", () => {
      expect(classifyWithLexiconOnly("Knows better than anyone what our competitors charge").duty).toBeNull();
      expect(classifyWithLexiconOnly("Introduced our founders to the board").duty).toBeNull();
      expect(classifyWithLexiconOnly("I look after our two data centres and the hybrid cloud").duty).toBe("cio.infrastructure-management");
      expect(classifyWithLexiconOnly("Owns the relationship with our Italian system integrator").duty).toBe("cio.technology-vendors");
    });
  });

  it("gives out-of-scope work to a candidate whose job it is part of when it outweighs the best one", () => {
    // Careers are HR's, except for the IT department's own people; "sysadmins" alone reads as infrastructure.
    const result = classifyWithLexiconOnly("As head of IT I want clear career steps for my sysadmins so that we stop losing them");
    expect(result.duty).toBe("cio.it-department");
    expect(classifyWithLexiconOnly("Clear career steps for the sales team").duty).toBeNull();
  });

  it("reads a vendor's account manager as our contact at the vendor, not as sales work", () => {
    expect(classifyWithLexiconOnly("Chiamare l'account manager del fornitore cloud per la penale sullo SLA").duty).toBe("cio.technology-vendors");
    expect(classifyWithLexiconOnly("Account manager for our largest customers").duty).toBeNull();
  });

  it("reads controls built into our goods as product technology", () => {
    expect(classifyWithLexiconOnly("Brings connectivity and smart controls to the company's boilers").duty).toBe("cto.product-technology");
  });

  it("does not count out-of-scope work named as a constraint", () => {
    expect(classifyWithLexiconOnly("Piano per +5 punti di margine senza tagli al servizio clienti").duty).toBe("cio.profit-strategy");
    expect(classifyWithLexiconOnly("Gestisce il servizio clienti").duty).toBeNull();
  });

  it("reads back-office work that automation saves time on as what the efficiency duty is done to", () => {
    expect(classifyWithLexiconOnly("Un bot per la registrazione delle fatture fa risparmiare 10 ore a settimana alla contabilità").duty).toBe("cio.efficiency");
    expect(classifyWithLexiconOnly("Automating payroll checks saved HR two hours a day").duty).toBe("cio.efficiency");
    // Automation alone, without the time or cost it saves, is still the office's work.
    expect(classifyWithLexiconOnly("Solleciti automatici ai clienti morosi").duty).toBeNull();
  });

  it("reads price and payment terms agreed with the suppliers of materials as purchasing", () => {
    expect(classifyWithLexiconOnly("Chiede prezzi migliori ai fornitori di imballaggi").duty).toBeNull();
    expect(classifyWithLexiconOnly("Negotiates payment terms with our steel suppliers").duty).toBeNull();
    expect(classifyWithLexiconOnly("Lavora con i fornitori di imballaggi per renderli più leggeri").duty).toBe("cto.product-vendors");
  });

  it("reads retiring some goods and introducing others as the range, not replacing a system", () => {
    expect(classifyWithLexiconOnly("Discontinue the basic kettle and introduce two new ones next year").duty).toBe("cto.product-portfolio");
    expect(classifyWithLexiconOnly("Dismettere il vecchio ERP e introdurre SAP").duty).not.toBe("cto.product-portfolio");
  });

  it("reads radios and probes put into our goods as product technology, and what qualifies the goods as the goods", () => {
    expect(classifyWithLexiconOnly("Adds Bluetooth probes to our ovens").duty).toBe("cto.product-technology");
    // "da viaggio" says which goods, not travel work; travel itself stays out of scope.
    expect(classifyWithLexiconOnly("Integra il GPS nei nostri zaini da viaggio").duty).toBe("cto.product-technology");
    expect(classifyWithLexiconOnly("Organizza i viaggi di lavoro").duty).toBeNull();
  });

  it("reads the work inside the frame of a status page, an interview question, a review reply, a job sheet or an RFP", () => {
    expect(classifyWithLexiconOnly("Stato servizi (clienti) – Avviso: l'app Classic verrà ritirata; le sue funzioni passano alla nuova app che abbiamo introdotto").duty).toBe("cto.product-portfolio");
    expect(classifyWithLexiconOnly("Domanda al colloquio per il nuovo CIO: «Quali leve useresti per aumentare gli utili senza abbassare la qualità del servizio ai clienti?»").duty).toBe("cio.profit-strategy");
    expect(classifyWithLexiconOnly("Interview question for our next CIO: 'Which strategies would grow profit without cutting quality?'").duty).toBe("cio.profit-strategy");
    expect(classifyWithLexiconOnly("Reply to a review ('servers always down'): 'Our infrastructure manager runs all servers and networks. – Priya, HR'").duty).toBe("cio.infrastructure-management");
    expect(classifyWithLexiconOnly("Job evaluation – Position: Head of Infrastructure – Key accountability: management of all servers, storage and networks").duty).toBe("cio.infrastructure-management");
    // "Key account" is still sales work.
    expect(classifyWithLexiconOnly("Key account manager for the retail chains").duty).toBeNull();
  });

  it("reads the item of a meeting's agenda or parking lot, not the meeting (an IT steering committee is not the IT department)", () => {
    expect(classifyWithLexiconOnly("IT Steering Committee – Item 5: the Teams and telephony upgrade and encryption of all video calls – Presenter: Unified Comms lead – For approval").duty).toBe("cio.communications-upkeep");
    expect(classifyWithLexiconOnly("Comitato guida IT – Punto 13: il CTO riferisce sulle visite ai venti clienti principali e su cosa chiedono ai nostri prodotti").duty).toBe("cto.customer-focus");
    expect(classifyWithLexiconOnly("IT Steering Committee – AOB: date and venue of next year's offsite").duty).toBeNull();
    expect(classifyWithLexiconOnly("Parking lot: engineering department headcount and team leads for 2026 – CTO to present").duty).toBe("cto.engineering-department");
  });

  it("reads the work of a self-assessment, an objection's answer, a card sort's card or a Slido answer", () => {
    // A part that starts inside the frame ("on the IT reorg): 'We'll lose…'") reads from where the frame ends.
    expect(classifyWithLexiconOnly("Objection (business units, on the IT reorg): 'We'll lose control of our own servers' → Response: the central infrastructure team will manage every server, network and data centre").duties).toEqual(["cio.infrastructure-management"]);
    expect(classifyWithLexiconOnly("Card sort (org design workshop) – card: 'Run the server rooms, storage and WAN' → placed under: CIO / Infrastructure").duty).toBe("cio.infrastructure-management");
    // "Our plan" is not our goods.
    expect(classifyWithLexiconOnly("Slido (29 upvotes): 'Is IT just a cost?' – CIO: no, our plan is to raise the company's profit through IT with no drop in quality or service").duty).toBe("cio.profit-strategy");
  });

  it("reads withdrawing and dropping goods as retiring them, a touch control and a Wi-Fi module as technology in our goods", () => {
    expect(classifyWithLexiconOnly("Card sort – card: 'What we add to the range, what we withdraw' → placed under: CTO").duty).toBe("cto.product-portfolio");
    expect(classifyWithLexiconOnly("Bring the new touch control into our cooker hoods and get it onto the assembly line").duty).toBe("cto.product-technology");
    expect(classifyWithLexiconOnly("Dal prossimo lotto di produzione la caldaia integra il modulo Wi-Fi").duty).toBe("cto.product-technology");
    expect(classifyWithLexiconOnly("Manages the office Wi-Fi and the LAN").duty).toBe("cio.infrastructure-management");
    expect(classifyWithLexiconOnly("ADR-031 – Contesto: le bilance industriali che vendiamo non comunicano. Decisione: aggiungere modulo Wi-Fi e telemetria a tutte le bilance prodotte. Conseguenze: nuova scheda elettronica in linea di produzione").duty).toBe("cto.product-technology");
  });

  it("reads an infrastructure designed with its standards as its architecture", () => {
    expect(classifyWithLexiconOnly("Autovalutazione – Cosa ho fatto: ho disegnato l'infrastruttura ibrida nuova e i suoi standard di rete e sicurezza.").duty).toBe("cto.infrastructure-architecture");
  });

  it("reads a job told in a child's words: stopping and starting to make goods, cables, what things cost, trucks", () => {
    expect(classifyWithLexiconOnly("Spiegato a mia figlia: «Decido quali giocattoli smettiamo di produrre e quali nuovi iniziamo a produrre»").duty).toBe("cto.product-portfolio");
    expect(classifyWithLexiconOnly("I decide which toys our company stops making and which new ones we start making").duty).toBe("cto.product-portfolio");
    expect(classifyWithLexiconOnly("Big rooms full of computers that never sleep, and I'm the boss who looks after them and the cables between the offices").duty).toBe("cio.infrastructure-management");
    expect(classifyWithLexiconOnly("Decido quanto costano le cose che vendiamo nei negozi").duty).toBeNull();
    expect(classifyWithLexiconOnly("I make sure the trucks bring our boxes to the shops on time").duty).toBeNull();
  });

  it("reads an executive's title after 'our' as a person, not as our goods", () => {
    expect(classifyWithLexiconOnly("RFP Q1.4 – Our CIO's IT vendor office holds quarterly reviews with every software and cloud supplier").duty).toBe("cio.technology-vendors");
  });

  it("reads 'programmata' as scheduled, not as programming", () => {
    expect(classifyWithLexiconOnly("Manutenzione programmata: sabato la direzione Infrastrutture sostituisce lo storage del data center").duty).toBe("cio.infrastructure-management");
    expect(classifyWithLexiconOnly("Guida il team di programmatori del firmware").duty).toBe("cto.engineering-department");
  });

  describe("near misses", () => {
    it("answers no duty for contract reviews, a distribution network and a conference's vendors", () => {
      expect(classifyWithLexiconOnly("Contract reviews for the procurement office").duty).toBeNull();
      expect(classifyWithLexiconOnly("Manages the distribution network and retail partners").duty).toBeNull();
      expect(classifyWithLexiconOnly("Runs ticketing and the vendor for a 300-attendee conference").duty).toBeNull();
    });

    it("answers no duty for purchasing, non-IT tenders and renewals that share the duties' words", () => {
      for (const text of [
        "Acquista materie prime e imballaggi al miglior prezzo",
        "Buys raw materials and packaging for the warehouse, negotiating prices",
        "Gara per il servizio di pulizia della sede",
        "Runs the tender for the canteen service",
        "Gare d'appalto per forniture non IT",
        "Runs the tender for non-IT services",
        "Rinnovo del parco auto aziendale",
        "Anagrafica fornitori e termini di pagamento",
        "Manages the dealer network in the north",
        "Coordina la rete commerciale e gli agenti",
        "Cura la manutenzione della rete idrica e fognaria",
        "Segue il portafoglio clienti della zona nord",
      ]) {
        expect(classifyResponsibility(text).duty, text).toBeNull();
      }
    });

    it("answers no duty for a code of conduct walked through with suppliers", () => {
      expect(classifyWithLexiconOnly("'Our Code of Conduct': Legal walks suppliers through anti-bribery rules, sanctions and contract clauses").duty).toBeNull();
    });

    it("answers no duty for a postponed convention, the heating, a bonus and steel bought at the best price", () => {
      expect(classifyWithLexiconOnly("Il convegno clienti di giovedì slitta al 12").duty).toBeNull();
      expect(classifyWithLexiconOnly("Heating restored on floors 2–4").duty).toBeNull();
      expect(classifyWithLexiconOnly("The bonus now depends on company profit and team targets").duty).toBeNull();
      expect(classifyWithLexiconOnly("L'accordo lega il premio di risultato all'aumento dei profitti").duty).toBeNull();
      expect(classifyWithLexiconOnly("He negotiated every steel contract at the best price the market allowed").duty).toBeNull();
    });

    it("still reads the duty when the same words are about technology", () => {
      expect(classifyResponsibility("Rinnovo del parco server").duty).toBe("cio.infrastructure-management");
      expect(classifyResponsibility("Gare d'appalto per forniture IT").duty).toBe("cio.technology-vendors");
      expect(classifyResponsibility("Manages the network and the servers of our stores").duty).toBe("cio.infrastructure-management");
    });
  });

  describe("words and senses of rounds 41–44", () => {
    it("reads 'ha prodotto' as the verb, not a product", () => {
      const result = classifyWithLexiconOnly("Quali risparmi ha prodotto la tecnologia – con RPA il CIO ha ridotto il lavoro amministrativo manuale e i costi");
      expect(result.duties).toEqual(["cio.efficiency"]);
    });

    it("reads who buys our products as the customers, and what they ask for as heard", () => {
      expect(classifyWithLexiconOnly("Spends a day a week with the merchants who buy our products and turns what they ask for into the technical plan").duty).toBe("cto.customer-focus");
    });

    it("reads a merger of companies as no building, and 'no new platform' as none", () => {
      expect(classifyWithLexiconOnly("Keep both companies' email, phones and video conferencing current, secured and working through the merger; no new platform before Day 180").duty).toBe("cio.communications-upkeep");
    });

    it("reads an IT infrastructure team as the infrastructure's team, not the IT department", () => {
      expect(classifyWithLexiconOnly("Our IT infrastructure team manages 2 data centres, 450 servers and the networks of 28 sites").duty).toBe("cio.infrastructure-management");
    });

    it("reads trains that carry people as goods, not training, and 'commuter' as no misspelt computer", () => {
      expect(classifyWithLexiconOnly("Integration of the new braking technology into our commuter trains and its transfer into series production").duty).toBe("cto.product-technology");
      expect(classifyWithLexiconOnly("Trains new hires on the tools they use").duty).toBe("cio.user-access-training");
    });
  });

  describe("names of organisations and a case study's customer", () => {
    it("reads an employer named after a title, or by its legal form, as a name, not the work", () => {
      // "Robotics", "Logistics", "Comms" of a company's name are not automation, logistics or communications.
      expect(classifyWithLexiconOnly("Marcus Webb is CTO of Brightline Robotics, where he heads the engineering department and built its team structure and hiring process").duty).toBe("cto.engineering-department");
      expect(classifyWithLexiconOnly("Rebecca is Director of Infrastructure at Nordhavn Logistics, where she runs the data centres, the servers and the network").duty).toBe("cio.infrastructure-management");
      // The trade a title names stays: a Head of Logistics is logistics.
      expect(classifyWithLexiconOnly("Luca Marino, Head of Logistics di Arredo Casa, gestisce magazzini e trasporti").duty).toBeNull();
    });

    it("drops a case study's heading and its customer, keeping the quote and who said it", () => {
      expect(classifyWithLexiconOnly("Case study – Ferrovie Nord Logistica (logistics) – 'With NimbusOps my team runs 900 servers and three networks.' – Ana Silva, Infrastructure Manager").duty).toBe("cio.infrastructure-management");
      expect(classifyWithLexiconOnly("Caso cliente – Supermercati Gallo – «Abbiamo ridotto i costi di trasporto verso i punti vendita» – Paolo Gallo, Responsabile Logistica").duty).toBeNull();
    });
  });

  describe("with the learned model", () => {
    const learned = (text: string) => classifyResponsibility(text).reasons.find((reason) => reason.kind === "learned");

    it("gives the model's duty, explained by its heaviest words, when the keywords find none", () => {
      // No keyword of the lexicon names a supplier here ("chi ci fa" is who makes them for us); the
      // model has learned that whoever makes the bodywork is one.
      const text = "Sta dietro a chi ci fa le scocche in plastica perché siano più resistenti";
      const result = classifyResponsibility(text);
      expect(result.duty).toBe("cto.product-vendors");
      expect(result.duties).toEqual(["cto.product-vendors"]);
      expect(learned(text)).toMatchObject({ kind: "learned", duty: "cto.product-vendors" });
      expect(learned(text)?.words).toContain("scocche");
      expect(result.reasons[0]).toMatchObject({ kind: "matched", duty: "cto.product-vendors" });
      expect(result.why.at(-1)).toMatch(/^learned model: cto\.product-vendors/);
    });

    it("leaves a confident keyword answer alone", () => {
      expect(learned("Gestire le operazioni IT")).toBeUndefined();
      expect(learned("Gestione del portafoglio prodotti")).toBeUndefined();
      // Courses on a tool for colleagues: left to the model, it read "organizza … corso" as events.
      expect(learned("Organizza i corsi su Excel per i colleghi")).toBeUndefined();
      expect(classifyResponsibility("Organizza i corsi su Excel per i colleghi").duty).toBe("cio.user-access-training");
    });

    it("keeps the document's boundaries and its close calls", () => {
      // Bare "suppliers" is either role's: the user decides, not the model.
      expect(learned("Fornitori")).toBeUndefined();
      // Costs going up rule efficiency out, whatever the model reads in "costi".
      expect(classifyResponsibility("KPI: +15% costi operativi con il digitale").duty).not.toBe("cio.efficiency");
    });

    it("settles a close call when it is very sure of one of the two duties", () => {
      const text = "Works with the suppliers of the lenses and frames to make better glasses";
      const result = classifyResponsibility(text);
      expect(result.duty).toBe("cto.product-vendors");
      expect(result.ambiguous).toBe(false);
      expect(result.runnerUp?.duty).toBe("cio.technology-vendors");
      expect(learned(text)).toMatchObject({ kind: "learned", duty: "cto.product-vendors" });
      expect(learned(text)).not.toHaveProperty("instead");
      expect(result.why.at(-1)).toMatch(/settles the lexicon's close call/);
    });

    it("still answers no duty when nothing fits", () => {
      for (const text of ["Pianificazione delle ferie e dei turni", "Organizza il team building annuale", "Gestire le buste paga"]) {
        expect(classifyResponsibility(text).duty, text).toBeNull();
      }
    });
  });

  it("flags two duties scoring almost the same as ambiguous", () => {
    // The CIO works with technology vendors, the CTO with product suppliers: bare "suppliers" is either.
    const result = classifyResponsibility("Fornitori");
    expect(result.duty).toBe("cio.technology-vendors");
    expect(result.runnerUp?.duty).toBe("cto.product-vendors");
    expect(result.ambiguous).toBe(true);
    expect(needsDecision(result)).toBe(true);
    expect(classifyResponsibility("Vendor management for our SaaS tools").ambiguous).toBe(false);
  });

  it("reads the sign of KPI shorthand", () => {
    expect(classifyResponsibility("KPI: -15% costi operativi con il digitale").duty).toBe("cio.efficiency");
    expect(classifyResponsibility("KPI: +15% costi operativi con il digitale").duty).not.toBe("cio.efficiency");
  });

  it("weighs half an out-of-scope word that only says whose system or which people", () => {
    expect(classifyResponsibility("Support for the finance ERP and the HR system").duty).toBe("cio.it-operations");
    expect(classifyResponsibility("Corsi di informatica per il personale di magazzino").duty).toBe("cio.user-access-training");
    // Alone, the same words are still out of scope.
    expect(classifyResponsibility("Gestione del personale di magazzino").duty).toBeNull();
    expect(classifyResponsibility("Payroll software administration").duty).toBeNull();
  });

  it("does not read real words as typos of lexicon stems", () => {
    for (const text of ["Provide coffee for visitors", "Identify new office space", "Technical writing programme"]) {
      expect(classifyResponsibility(text).why.join(" "), text).not.toMatch(/~(provider|identit|authoriz|programmer)/);
    }
  });

  it("returns the same frozen result for the same text", () => {
    const first = classifyResponsibility("Gestire le operazioni IT");
    expect(classifyResponsibility("Gestire le operazioni IT")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe("classifyResponsibility on compound texts", () => {
  // Lists in both languages, two and three duties, commas, "e"/"and", semicolons, "as well as";
  // and texts whose "and" joins two sides of one duty ("IT operations and maintenance").
  it.each(compound.map(({ text, duties }) => [text, duties] as const))("%s → %j", (text, duties) => {
    const result = classifyResponsibility(text);
    expect(result.duties).toEqual(duties);
    expect(result.duty).toBe(duties[0] ?? null);
  });

  it("covers two- and three-duty lists and single texts in both languages", () => {
    const sizes = compound.map(({ duties }) => duties.length);
    expect(sizes.filter((size) => size === 2).length).toBeGreaterThanOrEqual(5);
    expect(sizes.filter((size) => size === 3).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter((size) => size <= 1).length).toBeGreaterThanOrEqual(8);
  });

  it("explains every duty it finds, main first, with the words of its part", () => {
    const result = classifyResponsibility("Gestione infrastruttura, fornitori e formazione utenti");
    const matched = result.reasons.filter((reason) => reason.kind === "matched");
    expect(matched.map((reason) => reason.duty)).toEqual(result.duties);
    expect(matched.map((reason) => reason.words)).toEqual([["gestione", "infrastruttura"], ["fornitori", "gestione"], ["formazione", "utenti"]]);
  });

  it("names at most three duties", () => {
    const result = classifyResponsibility(
      "Gestire l'helpdesk, negoziare con i fornitori di software, formare gli utenti sui gestionali, creare la nuova intranet e guidare il team di ingegneria",
    );
    expect(result.duties).toHaveLength(MAX_DUTIES);
    expect(new Set(result.duties).size).toBe(MAX_DUTIES);
  });

  it("is no longer ambiguous about a runner-up that a part carries on its own", () => {
    const result = classifyResponsibility("Run IT operations and negotiate with our cloud vendors");
    expect(result.ambiguous).toBe(false);
    expect(result.duties).toEqual(["cio.it-operations", "cio.technology-vendors"]);
  });

  it("lets the learned model read a part the lexicon reads nothing clear in, after the lexicon's duties", () => {
    // The second part is close to a labelled phrase of round 12 (the model has learned it); the lexicon
    // reads no clear duty in it: "chi ci fa le schede elettroniche" names no supplier by a word of its own.
    // (The lenses of round 17 were the example until the model trained through round 25 read them at 0.89.)
    const cases: [string, DutyId][] = [["Ascolta i clienti e parla con chi ci fa le schede elettroniche per migliorarle", "cto.product-vendors"]];
    for (const [text, duty] of cases) {
      const result = classifyResponsibility(text);
      expect(result.duties, text).toEqual(["cto.customer-focus", duty]);
      expect(result.why.join("\n")).toMatch(new RegExp(`also ${duty.replace(".", "\\.")}, from .*learned model`));
    }
  });

  it("lets the learned model read a list whole, not its first item alone", () => {
    // "keep laptops" alone is IT operations to the model; laptops, logins and apps for the staff are user access.
    for (const text of ["Keep laptops, logins and apps working for the staff", "Keep laptops, accounts and licences ready for every new joiner"]) {
      expect(classifyResponsibility(text).duties, text).toEqual(["cio.user-access-training"]);
    }
  });

  it("lets the learned model set aside a further duty that a lone keyword gave a part", () => {
    // "keep the business running" is what the communication systems are for, not their upkeep.
    const text = "Create intranets and communication systems that keep the business running smoothly and consistently";
    expect(classifyResponsibility(text).duties).toEqual(["cto.communication-systems"]);
  });

  it("leaves the other side of the main duty's boundary to the main duty", () => {
    // "secure infrastructure" is the architecture's subject here, not a second, managing duty.
    expect(classifyResponsibility("Responsible for architecting scalable, secure infrastructure").duties).toEqual(["cto.infrastructure-architecture"]);
  });

  it("reads a unit named as who does the work as who, not as a further duty of leading it", () => {
    // A holder's title ("Dirigente", "Owner:", "RUP:") or a passive's agent ("valutato dall'Ufficio
    // Tecnico", "done by …") names the unit that does the work; the lexicon reads those words as actions.
    const who: [string, DutyId][] = [
      ["Il Dirigente dei Sistemi Informativi, responsabile del backup dei server e dello storage", "cio.infrastructure-management"],
      ["RUP: dirigente del Servizio Sistemi Informativi; rinnovo dei contratti con i fornitori di software", "cio.technology-vendors"],
      ["Qualificare un secondo fornitore per le schede dei nostri inverter, valutato dall'Ufficio Tecnico", "cto.product-vendors"],
      ["The IT Director, responsible for the backup of the servers and the storage", "cio.infrastructure-management"],
      ["Qualify a second supplier for the batteries in our e-bikes. Owner: Product Engineering", "cto.product-vendors"],
    ];
    for (const [text, duty] of who) expect(classifyResponsibility(text).duties, text).toEqual([duty]);
    // Leading the unit stated as the work, by a verb or a title as the predicate, is a further duty.
    const further: [string, DutyId[]][] = [
      ["Gestisce i fornitori di software ed è il capo del reparto IT", ["cio.technology-vendors", "cio.it-department"]],
      ["Negotiates with our software vendors and is the head of the IT department", ["cio.technology-vendors", "cio.it-department"]],
      ["Gestione dei server; il Dirigente dei Sistemi Informativi guida il personale informatico", ["cio.infrastructure-management", "cio.it-department"]],
    ];
    for (const [text, duties] of further) expect(classifyResponsibility(text).duties, text).toEqual(duties);
  });

  it("reads a part opened by a label of who holds the post or owns the work as who, whatever its words", () => {
    // "IT Security" reads as protecting communications, "team Automazione IT" as the IT department.
    expect(classifyResponsibility("Revisione trimestrale degli accessi degli ex dipendenti. Owner: IT Security").duties).toEqual(["cio.user-access-training"]);
    expect(classifyResponsibility("Digitalizzare i moduli cartacei degli uffici – Owner: team Automazione IT").duties).toEqual(["cio.efficiency"]);
  });

  it("reads a lead, a contact, a reference, a greeting's addressee, a signature and who the work is entrusted to as who, not a further duty", () => {
    const who: [string, DutyId][] = [
      ["Scope: keep email, phones and video conferencing current and secured – Lead: IT Comms.", "cio.communications-upkeep"],
      ["Scope: accounts, profiles and training on the tools for every new employee – Lead: Service Desk.", "cio.user-access-training"],
      ["Tutto il personale riceverà le credenziali del nuovo gestionale e il corso di 2 ore. Rif.: Help desk int. 204.", "cio.user-access-training"],
      ["Hi Service Desk crew, our mission: every employee gets the access they need and training on their tools", "cio.user-access-training"],
      ["Case study – «Con il servizio gestito teniamo centralino, posta e videochiamate sempre aggiornati e al riparo dagli attacchi» – Anna Rossi, Responsabile IT", "cio.communications-upkeep"],
      ["Centralino, posta e videoconferenza mantenuti aggiornati e funzionanti a cura dell'Ufficio Sistemi Informativi", "cio.communications-upkeep"],
      ["Gestione e conduzione di server e reti per 36 mesi, sotto la direzione del Dirigente Sistemi Informativi", "cio.infrastructure-management"],
    ];
    for (const [text, duty] of who) {
      expect(classifyWithLexiconOnly(text).duties, text).toEqual([duty]);
      expect(classifyResponsibility(text).duties, text).toEqual([duty]);
    }
    // Taking care of the IT staff is the work itself.
    expect(classifyWithLexiconOnly("Gestisce i server e cura la crescita del personale IT").duties).toEqual(["cio.infrastructure-management", "cio.it-department"]);
  });

  it("reads a first part that is only the document's title as no further duty", () => {
    expect(classifyWithLexiconOnly("Jira Service Management – Coda «Accessi e formazione»: richieste di nuove utenze e iscrizioni ai corsi sugli strumenti").duties).toEqual(["cio.user-access-training"]);
    // Nor is a duty read in the title alone the main one: what the other parts say is the work.
    expect(classifyWithLexiconOnly("Mindmap: Product roadmap 2026\n  * bring IoT sensors into our boilers").duties).toEqual(["cto.product-technology"]);
  });

  it("reads the honorific Dr before a name as no disaster recovery", () => {
    expect(classifyWithLexiconOnly("Panel – Dr Yusuf Demir, CTO of Helix, is the architect of its technology infrastructure").duties).toEqual(["cto.infrastructure-architecture"]);
    expect(classifyWithLexiconOnly("Letter of engagement – Dr. Anil Mehta, Integration Lead: bring the new induction technology into our ovens").duties).toEqual(["cto.product-technology"]);
    expect(classifyWithLexiconOnly("Designs the infrastructure architecture; DR site in Frankfurt").duties).toContain("cto.infrastructure-architecture");
  });

  it("reads a department's people named by their trade as its members, not as their trade's work", () => {
    expect(classifyResponsibility("Leads the IT department and coaches the service desk staff").duties).toEqual(["cio.it-department"]);
    // A piece of work of its own stays a further duty.
    expect(classifyResponsibility("Manage the IT team and the data centre").duties).toEqual(["cio.it-department", "cio.infrastructure-management"]);
  });

  it("reads a wiki named as where something is kept, and a team topology, as no further duty", () => {
    expect(classifyWithLexiconOnly("Designs the network architecture; the diagram is on the intranet").duties).toEqual(["cto.infrastructure-architecture"]);
    expect(classifyWithLexiconOnly("Progetta l'architettura della rete; lo schema è sulla wiki").duties).toEqual(["cto.infrastructure-architecture"]);
    expect(classifyWithLexiconOnly("Runs the engineering department: hiring, team topology, career paths").duties).toEqual(["cto.engineering-department"]);
  });

  it("reads a part inside the heading of the document a text comes from as no further duty", () => {
    const text = "Manuale di direzione – Capitolo 3 «Sistemi informativi e redditività»: le strategie del CIO per aumentare gli utili senza sacrificare qualità e servizio";
    expect(classifyWithLexiconOnly(text).duties).toEqual(["cio.profit-strategy"]);
    expect(classifyResponsibility(text).duties).toEqual(["cio.profit-strategy"]);
  });

  it("reads a department's team named by its lead alone as the department's, not a further duty", () => {
    expect(classifyWithLexiconOnly("IT Steering Committee – Item 8: IT department staffing – two open roles, a new service-desk lead and the department's new team structure").duties).toEqual(["cio.it-department"]);
    // With an action of its own, the team's work is a further duty.
    expect(classifyWithLexiconOnly("Guida il reparto IT e gestisce l'helpdesk").duties).toEqual(["cio.it-department", "cio.it-operations"]);
  });

  it("reads the items after a group named with no action as its members, not as further duties", () => {
    // The whole text's duty is what the model reads: a one-word model makes it leading the IT department, so the
    // test asserts the items' reading, not what the trained model happens to read ("service desk" alone is IT operations).
    withWordModel({ department: "cio.it-department", reparto: "cio.it-department" }, () => {
      expect(classifyResponsibility("The IT department now has three teams (infrastructure, applications, service desk)").duties).toEqual(["cio.it-department"]);
      expect(classifyResponsibility("Il reparto IT ha tre team: infrastruttura, applicazioni e helpdesk").duties).toEqual(["cio.it-department"]);
    });
  });

  it("reads a thing's own as whose it is, not as owning it", () => {
    expect(classifyWithLexiconOnly("Re: should the new plant have its own server room? → ask Idris, he designs our infrastructure").duties).toEqual(["cto.infrastructure-architecture"]);
  });

  it("reads the words and senses rounds 37–40 missed: EBIT, a rate of hours saved, office work automated, an office move, a plant room, attendance, what materials cost to buy, vendors' reviews, the group's", () => {
    const lexicon = (text: string) => classifyWithLexiconOnly(text).duty;
    expect(lexicon("+10% EBIT senza ridurre qualità e servizio: la strategia del CIO per il triennio")).toBe("cio.profit-strategy");
    expect(lexicon("The invoice-matching bot saves accounts payable ~20h/month")).toBe("cio.efficiency");
    expect(lexicon("The order-entry bot saves customer service ~2h/day")).toBe("cio.efficiency");
    expect(lexicon("Office move to the new floor: desks, chairs and a cabling quote")).toBeNull();
    expect(lexicon("The heating contractor reset the pump in the boiler room")).toBeNull();
    expect(lexicon("Portale presenze interno: dove si segnano gli straordinari?")).toBeNull();
    expect(lexicon("Ridurre il costo d'acquisto dell'acciaio con il fornitore")).toBeNull();
    expect(lexicon("Quarterly performance reviews with our cloud and ERP vendors")).toBe("cio.technology-vendors");
    expect(lexicon("Holds responsibility for managing the group's IT infrastructure")).toBe("cio.infrastructure-management");
  });

  it("adds no part's duty to a main duty that no part carries on its own", () => {
    // The whole text's duty is read across the parts (the split cut through one piece of work): a part's
    // own reading is a detail of it. Read by the lexicon alone, so the test does not rest on what the
    // trained model happens to read: "caselle email" alone is building communication systems, "vetro e
    // cerniere" alone the vendors of technology.
    expect(classifyWithLexiconOnly("Creazione account e caselle email per i nuovi assunti").duties).toEqual(["cio.user-access-training"]);
    expect(classifyWithLexiconOnly("Segue chi ci fornisce vetro e cerniere per rendere le nostre finestre più isolanti").duties).toEqual(["cto.product-vendors"]);
  });

  it("never names a duty twice", () => {
    const all = [...tuning, ...heldAside, ...Object.values(rounds).flat(), ...compound];
    for (const { text } of all) {
      const { duties } = classifyResponsibility(text);
      expect(new Set(duties).size, text).toBe(duties.length);
    }
  });

  it("rarely reads a single-duty labelled phrase as compound", () => {
    const single = [...tuning, ...heldAside, ...Object.values(rounds).flat()];
    const compoundReadings = single.filter(({ text }) => classifyResponsibility(text).duties.length > 1);
    // 59 of 6,716 with every round through 52 and the model trained through it (50 of 5,756 through 44; fixtures/ROUNDS.md): each would add a holding, so this must stay rare.
    expect(compoundReadings.length / single.length).toBeLessThan(0.01);
  });

  it("keeps no duty for out-of-scope lists", () => {
    expect(classifyResponsibility("Buste paga, presenze e note spese").duties).toEqual([]);
    expect(classifyResponsibility("Sales, marketing and events").duties).toEqual([]);
  });
});

describe("classifyResponsibility on what rounds 45–48 missed (fixtures/ROUNDS.md)", () => {
  const lexicon = (text: string) => classifyWithLexiconOnly(text).duty;

  it("keeps a fixed expression with its own negation whole, so the clause after it stays", () => {
    // "no longer serve" (like "non servono più") names goods to retire; it negates nothing up to the semicolon.
    expect(lexicon("The CTO retires two models that no longer serve the business and introduces a new compact range; volumes shift")).toBe("cto.product-portfolio");
  });

  it("reads a CED counted or named with the infrastructure it houses as the data centre, a CED someone heads as the IT department", () => {
    expect(lexicon("Gestisce server, storage, rete e i due CED del gruppo")).toBe("cio.infrastructure-management");
    expect(lexicon("Con l'esternalizzazione del CED, chi ha la gestione dell'infrastruttura venga a spiegarci cosa cambia")).toBe("cio.infrastructure-management");
    expect(lexicon("Capo CED")).toBe("cio.it-department");
    expect(lexicon("Responsabile del CED e dei suoi sistemisti")).toBe("cio.it-department");
  });

  it("reads an incident bridge's number and time, a field notice's heading and a skills inventory's entry as frames", () => {
    expect(lexicon("SEV1 bridge – INC-0412 – 10:05 – Head of Infrastructure, who manages our servers, storage and network, takes the call on failover")).toBe("cio.infrastructure-management");
    expect(lexicon("Vendor field notice FN-2025-07 (storage controller firmware) – Our CIO owns the relationship with the storage vendor until every array is fixed")).toBe("cio.technology-vendors");
    expect(lexicon("Skills inventory 2025 – Anna Neri – Competenza: gestione infrastruttura (server, storage, rete)")).toBe("cio.infrastructure-management");
  });

  it("reads the occasion a line was decided on as a constraint, and a shareholders' assemblea as no assembly line", () => {
    expect(lexicon("Assemblea dei soci – In sede di approvazione del bilancio l'assemblea incarica il CIO di elaborare strategie per aumentare gli utili")).toBe("cio.profit-strategy");
  });

  it("reads a kudos' badge, its name and who gives it to whom as the frame, not a building badge nor the giver's work", () => {
    expect(lexicon("Kudos · Badge: 'Rock Solid' · from Finance to Marco: 'Marco has kept our servers, storage and network running all year'")).toBe("cio.infrastructure-management");
    expect(lexicon("Badge «Leader» – da tutto il commerciale a Carla: «ha guidato il dipartimento di ingegneria in un anno difficile»")).toBe("cto.engineering-department");
    // The building's air conditioning and car park are facilities' work.
    expect(lexicon("Got the air con working again and fixed the car park barrier")).toBeNull();
  });

  it("reads a subtitle's heading and timecode, a collective agreement's grade and a job description's document as the frame", () => {
    expect(lexicon("Sottotitoli video employer branding – 12 – 00:01:20,000 --> 00:01:26,100 – Sono il CTO e guido il dipartimento di ingegneria: 60 ingegneri")).toBe("cto.engineering-department");
    expect(lexicon("Mansionario – CCNL Commercio, livello Quadro – Customer Technical Lead (area CTO): incontra i principali clienti per capire di cosa avranno bisogno")).toBe("cto.customer-focus");
    expect(lexicon("Scorecard colloquio – Candidato: Anna Ferri – Ruolo: Responsabile Infrastrutture – Evidenza: ha gestito l'infrastruttura di 8 stabilimenti con CED proprio")).toBe("cio.infrastructure-management");
  });

  it("reads the party a requirement binds and how far a response complies as the frame of a tender's compliance matrix", () => {
    expect(lexicon("Req. 2.4 – The Supplier shall appoint a Head of Infrastructure accountable for the servers, storage and both data centres – Status: Fully Compliant")).toBe("cio.infrastructure-management");
    // A PC is a computer wherever no requirement's status names it.
    expect(lexicon("Distribuzione e configurazione dei PC ai nuovi assunti")).toBe("cio.user-access-training");
  });

  it("reads moving engineers onto a fix as leading engineering, not IT support", () => {
    expect(lexicon("VP Engineering reassigns four firmware engineers to the fix and rebalances the engineering department's plan")).toBe("cto.engineering-department");
  });
});

describe("classifyResponsibility on what rounds 49–52 missed (fixtures/ROUNDS.md)", () => {
  const lexicon = (text: string) => classifyWithLexiconOnly(text).duty;

  it("reads an 8D report's heading, its sections' labels and its root cause as the frame: the customer is no customer work", () => {
    expect(lexicon("Rapporto 8D-2024-311 (cliente Candy, ordini duplicati) – D4: backup notturno fallito – D5 Azione correttiva: le operazioni IT (monitoraggio, backup) passano al team del CIO")).toBe("cio.it-operations");
    expect(lexicon("8D report – customer Scania – D4 Root cause: a release from our IT vendor – D5: the CIO holds monthly reviews with the ERP and cloud vendors")).toBe("cio.technology-vendors");
  });

  it("reads a make-or-buy memo's heading and verdict as the frame: a make verdict turns down the vendors it names, a buy verdict names a supplier", () => {
    expect(lexicon("Memo make or buy 04/2025 – Oggetto: gestione dell'infrastruttura (server, storage, rete) – Raccomandazione: MAKE; resta al team del CIO, l'outsourcing costerebbe di più")).toBe("cio.infrastructure-management");
    expect(lexicon("Make-or-buy memo 2025-07 – Subject: staffing the IT department – own team vs contractors – Recommendation: make; the CIO hires 4 staff and restructures the department")).toBe("cio.it-department");
    expect(lexicon("Make-or-buy memo – Subject: the membrane for our tents – Recommendation: BUY from Aerotex; the CTO co-develops with them because their membrane improves the product")).toBe("cto.product-vendors");
    // Buying from whoever quotes lowest is buying on price.
    expect(lexicon("Purchasing buys steel and packaging from whoever quotes lowest, in supplier negotiations")).toBeNull();
  });

  it("reads a cross-charge dispute's heading, its parties and the objection as the frame: the charge and the reply are the work", () => {
    expect(lexicon("Contestazione riaddebito – Produzione vs IT – Voce: € 9.000 «fornitori tecnologici» – Risposta IT: il CIO segue i rapporti con i fornitori di software e cloud usati da tutti i reparti, Produzione compresa")).toBe("cio.technology-vendors");
    expect(lexicon("Cross-charge dispute – Sales vs CTO office – Charge: £9k for customer visits – Sales says clients are theirs; CTO: meeting external customers to understand their needs is my remit")).toBe("cto.customer-focus");
    expect(lexicon("Cross-charge dispute – HR vs IT – Charge: user onboarding £5k – HR argues onboarding is theirs; IT: accounts, permissions and systems training for internal users sit with the CIO")).toBe("cio.user-access-training");
  });

  it("reads the quality of the product a profit strategy must not sacrifice as quality, not a product to manage", () => {
    expect(lexicon("Nota del CIO: ogni scelta rientra nella strategia per aumentare i profitti senza sacrificare la qualità del prodotto e il servizio al cliente")).toBe("cio.profit-strategy");
  });

  it("reads a pinned note's pinning and the app it is pinned in as the frame: no message to send, no team", () => {
    expect(lexicon("📌 Pinned – Teams › IT › Servers – Omar: 'Reminder: Giulia owns the running of our tech infrastructure – servers, storage, network'")).toBe("cio.infrastructure-management");
    expect(lexicon("📌 Messaggio fissato – Teams › Ufficio Personale: «I cedolini di giugno sono sul portale dal 26. Per errori scrivete a paghe@»")).toBeNull();
  });

  it("reads an apprentice's logbook and a coaching note's session and coachee as the frame, not training work", () => {
    expect(lexicon("Registro del tutor (apprendista, Ing. gestionale) – mese 3 – L'apprendista ha aiutato il CIO a preparare le strategie per aumentare i profitti 2026")).toBe("cio.profit-strategy");
    expect(lexicon("Exec coaching – Session 2 – Coachee: Maria (CIO) – Friction with our cloud and ERP vendors. Experiment: a quarterly review with each key technology vendor.")).toBe("cio.technology-vendors");
  });

  it("reads a policy exception's approval and expense, and an idea's backers and funding, as the frame", () => {
    expect(lexicon("Deroga n. 2025/201 – Approvata dal CTO – Spesa: trasferta a Lione oltre il tetto (€ 900) – Motivazione: riorganizzo il dipartimento di ingegneria in due gruppi")).toBe("cto.engineering-department");
    expect(lexicon("💡 Idea #0520 «Un solo cruscotto per lo storage» – 80 sostenitori, finanziata al 100% (€ 9.000) – Owner: Sara, che gestisce l'infrastruttura tecnologica di tutte le sedi")).toBe("cio.infrastructure-management");
  });

  it("reads a leave-cover plan, an office move's seating plan, a battlecard's competitor and a vendor-risk questionnaire as frames", () => {
    expect(lexicon("Piano ferie Direzione Tecnica – Attività: ascolto clienti (visite e interviste ai clienti esterni per il CTO) – Titolare: Anna – Sostituto: Piero")).toBe("cto.customer-focus");
    expect(lexicon("Trasloco – Piano 4, open space est (30 posti): dipartimento di Ingegneria guidato dalla CTO Marta Bassi")).toBe("cto.engineering-department");
    expect(lexicon("Battlecard – Competitor: SouthGate Logistics – Strengths: their CIO personally manages the whole technology infrastructure – 3 data centres")).toBe("cio.infrastructure-management");
    expect(lexicon("Vendor risk questionnaire (Eastbank) – Q 2.4 'Who owns the management of your technology infrastructure?' – Answer: our CIO manages all servers, networks and both data centres")).toBe("cio.infrastructure-management");
  });

  it("reads a mentoring circle's heading as the frame, and IT as a partner of the business as no vendor", () => {
    expect(lexicon("Cerchio di mentoring per manager IT – incontro 2 – Tema: il rapporto con i fornitori di tecnologia (cloud, licenze) – porta il caso Anna, che gestisce i fornitori IT per il CIO")).toBe("cio.technology-vendors");
    expect(lexicon("Obiettivo del CIO: passare da «costo IT» a partner del business; prepara le strategie per aumentare i profitti del gruppo senza sacrificare qualità e servizio")).toBe("cio.profit-strategy");
  });

  it("reads an MES as the factory's software, so its vendors are technology vendors", () => {
    expect(lexicon("Reviews the MES and cloud vendors every month")).toBe("cio.technology-vendors");
  });
});

describe("classifyResponsibility on the compound readings of rounds 45–52 (fixtures/ROUNDS.md)", () => {
  const duties = (text: string) => classifyWithLexiconOnly(text).duties;

  it("reads backups and monitoring listed as the scope of running IT operations as that scope, not a further infrastructure duty", () => {
    expect(duties("Runs day-to-day IT operations for the group: service desk, monitoring, backups")).toEqual(["cio.it-operations"]);
    expect(duties("Coordina le operazioni IT (ticket, backup notturni, monitoraggio)")).toEqual(["cio.it-operations"]);
    // An infrastructure part with an action of its own is still a further duty.
    expect(duties("Trains users on Office 365, runs the helpdesk and manages the network")).toEqual(["cio.user-access-training", "cio.it-operations", "cio.infrastructure-management"]);
  });

  it("reads the service desk named as who does the access and training work as who, not a further IT-operations duty", () => {
    expect(duties("Creazione account e profili di accesso per i nuovi assunti, a cura del Service Desk")).toEqual(["cio.user-access-training"]);
    expect(duties("New joiners get their accounts and system training; the Service Desk owns joiners and leavers")).toEqual(["cio.user-access-training"]);
    // The service desk's own work beside access is still a further duty.
    expect(duties("Service desk, account dei dipendenti e rinnovo delle licenze Microsoft")).toEqual(["cio.it-operations", "cio.user-access-training", "cio.technology-vendors"]);
  });
});
