import { describe, expect, it } from "vitest";
import { recognizeDepartment } from "./recognize-department";

const kindOf = (title: string, kind: "role" | "department" = "department") => {
  const found = recognizeDepartment({ title, kind });
  return found.it && found.engineering ? "both" : found.it ? "it" : found.engineering ? "engineering" : "none";
};

describe("recognizeDepartment", () => {
  it("recognises the IT department by name, Italian and English", () => {
    for (const title of ["IT", "Reparto IT", "Sistemi informativi", "IT Operations", "Information Technology", "Ufficio ICT", "CED", "Servizi informatici", "Servizi IT", "Servizi Informativi", "Ufficio Informatico", "IT Service Desk", "Information Systems"]) {
      expect(kindOf(title), title).toBe("it");
    }
  });

  it("recognises the engineering department by name, Italian and English", () => {
    for (const title of ["Engineering", "Ingegneria", "R&D", "R & D", "Ricerca e sviluppo", "Sviluppo prodotto", "Research & Development", "Ufficio tecnico", "Software Engineering", "Platform Engineering", "Sviluppo Software", "R&D Lab"]) {
      expect(kindOf(title), title).toBe("engineering");
    }
  });

  it("recognises neither for other departments", () => {
    for (const title of ["Marketing", "Vendite", "Amministrazione", "Risorse umane", "Facility"]) expect(kindOf(title), title).toBe("none");
  });

  it("only looks at nodes of kind department", () => {
    expect(kindOf("Reparto IT", "role")).toBe("none");
    expect(kindOf("Engineering", "role")).toBe("none");
  });
});
