import { describe, expect, it } from "vitest";
import { headingPart, namesHolder, readDoers, signatureParts } from "./doer-words";

const doerWords = (part: string) => readDoers(part).words;
import { splitIntoParts } from "./split-parts";

describe("doerWords", () => {
  it("names a holder's title as who does the work", () => {
    expect([...doerWords("Il Dirigente del Settore Sistemi Informativi")]).toEqual(["dirigente"]);
    expect([...doerWords("RUP: dirigente Sistemi Informativi")]).toEqual(["rup", "dirigente"]);
    expect([...doerWords("Owner: Product Supply Engineering")]).toEqual(["owner"]);
  });

  it("names a passive's participle and its whole agent", () => {
    expect([...doerWords("valutato da: Ufficio Tecnico")]).toEqual(["valutato", "ufficio", "tecnico"]);
    expect([...doerWords("displays are owned by the product engineering lead")]).toEqual(["owned", "the", "product", "engineering", "lead"]);
  });

  it("names who the work is entrusted to or directed by, whatever comes before it", () => {
    expect([...doerWords("funzionanti a cura dell'Ufficio Sistemi Informativi (ref")]).toEqual(["cura", "dell", "ufficio", "sistemi", "informativi", "ref"]);
    expect([...doerWords("sotto la direzione del Dirigente Sistemi Informativi")]).toEqual(["direzione", "del", "dirigente", "sistemi", "informativi"]);
    expect([...doerWords("under the direction of the IT manager")]).toEqual(["direction", "of", "the", "it", "manager"]);
    // Taking care of something is the work: "curare" with no "a" before it.
    expect(doerWords("cura i rapporti con i fornitori").size).toBe(0);
  });

  it("leaves a title stated as the predicate, and the verbs of leading, to the duty", () => {
    expect(doerWords("è il capo del reparto IT").size).toBe(0);
    expect(doerWords("is the head of the IT department").size).toBe(0);
    expect(doerWords("lead the engineering department").size).toBe(0);
    expect(doerWords("Responsabile della sicurezza informatica").size).toBe(0);
    expect(doerWords("da lunedì guida il reparto IT").size).toBe(0);
  });
});

describe("namesHolder", () => {
  it("tells a part opened by a label of who holds the post or owns the work", () => {
    for (const part of ["Owner: IT Security", "Ruolo: Coordinatore esercizio IT", "Role: Crisis communications platform owner", "responsabile: Direzione Tecnica", "Posizione: responsabile comunicazione digitale interna"]) {
      expect(namesHolder(part), part).toBe(true);
    }
  });

  it("tells a lead, a sponsor, a speaker, a contact or a reference named by their label", () => {
    for (const part of ["Lead: IT Comms.", "Lead: VP Product Engineering (CTO org).", "Sponsor: CIO", "Referente: Ufficio Acquisti", "Relatore: Resp. Infrastrutture", "Speaker: Head of IT", "Contact: IT Service Desk", "Contatto: helpdesk", "Rif.: Help desk int", "Ref: service desk"]) {
      expect(namesHolder(part), part).toBe(true);
    }
  });

  it("tells a greeting, which names whom a message is written to", () => {
    for (const part of ["'Hi Service Desk crew", "Ciao a tutti", "Dear IT team", "Gentile Ufficio Acquisti"]) expect(namesHolder(part), part).toBe(true);
    // A long clause after a greeting word is the message itself.
    expect(namesHolder("Hi, from Monday I run the service desk and the onboarding of new hires")).toBe(false);
  });

  it("leaves the work, and a title inside it, alone", () => {
    for (const part of ["Responsabile della sicurezza informatica", "Backup: server e storage", "the owner of the backups: Marco", "Gestione dei server", "Lead the engineering department", "Leads: qualified and handed to sales", "Hiring plan for the IT team"]) {
      expect(namesHolder(part), part).toBe(false);
    }
  });
});

describe("signatureParts", () => {
  const signed = (text: string) => [...signatureParts(text, splitIntoParts(text))].map((index) => splitIntoParts(text)[index]?.text);

  it("tells the name and the title that sign a text after its last dash", () => {
    expect(signed("«Con il servizio gestito teniamo centralino e posta aggiornati» – Marco Zeni, Responsabile IT")).toEqual(["Marco Zeni", "Responsabile IT"]);
    expect(signed("'My office reads all customer reviews.' – Jonas Berg, CTO")).toEqual(["Jonas Berg", "CTO"]);
  });

  it("leaves a list after a dash, and a name without a title, alone", () => {
    expect(signed("Gestione IT – server, storage e reti")).toEqual([]);
    expect(signed("Manage the servers – Marco Zeni")).toEqual([]);
    expect(signed("Scope – Service Desk, Onboarding of every new employee and their training on the tools")).toEqual([]);
  });
});

describe("headingPart", () => {
  const heading = (text: string) => headingPart(text, splitIntoParts(text));

  it("tells a short first part that a dash or a line break closes: the document's title", () => {
    expect(heading("Jira Service Management – Coda «Accessi e formazione»: richieste di nuove utenze e corsi")).toBe(true);
    expect(heading("Mindmap: Product roadmap 2026\n  * CTO\n    * put the new heat-pump tech into our boilers")).toBe(true);
  });

  it("leaves a first part closed by a comma, or a long one, alone", () => {
    expect(heading("Gestione dei server, dei fornitori e della formazione")).toBe(false);
    expect(heading("Negotiates with our software vendors and cloud providers – and trains the users")).toBe(false);
    expect(heading("Single part only")).toBe(false);
  });
});
