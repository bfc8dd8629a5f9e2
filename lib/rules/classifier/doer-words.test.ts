import { describe, expect, it } from "vitest";
import { doerWords, namesHolder } from "./doer-words";

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

  it("leaves the work, and a title inside it, alone", () => {
    for (const part of ["Responsabile della sicurezza informatica", "Backup: server e storage", "the owner of the backups: Marco", "Gestione dei server"]) {
      expect(namesHolder(part), part).toBe(false);
    }
  });
});
