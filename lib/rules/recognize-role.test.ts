import { describe, expect, it } from "vitest";
import { recognizeRole } from "./recognize-role";

const roleOf = (title: string, role: string | null = null) => {
  const { cio, cto } = recognizeRole({ title, role });
  return cio && cto ? "both" : cio ? "CIO" : cto ? "CTO" : "none";
};

describe("recognizeRole", () => {
  it("infers the CIO from Italian and English titles", () => {
    for (const title of [
      "Chief Information Officer", "CIO", "Direttore dei sistemi informativi", "Direttrice sistemi informativi",
      "Responsabile IT", "IT Director", "Head of IT", "Direttore IT", "IT Manager", "Responsabile dei Sistemi Informativi",
      "Group CIO", "Chief Information Officer (CIO)", "Dirigente dei Servizi Informativi", "Responsabile Servizi IT",
      "Head of IT Services",
    ]) {
      expect(roleOf(title), title).toBe("CIO");
    }
  });

  it("infers the CTO from Italian and English titles", () => {
    for (const title of [
      "Chief Technology Officer", "CTO", "Direttore tecnico", "Direttrice tecnica", "Direttore della tecnologia",
      "Technical Director", "Head of Technology", "Chief Technical Officer", "Direttore Tecnico",
    ]) {
      expect(roleOf(title), title).toBe("CTO");
    }
  });

  it("reads both roles in one title", () => {
    for (const title of ["CIO/CTO", "CTO & CIO", "CTO e CIO", "cio + cto"]) expect(roleOf(title), title).toBe("both");
  });

  it("does not take people around the role, or other jobs, for it", () => {
    for (const title of [
      "Assistant to the CIO", "Assistente del CTO", "Deputy CTO", "IT Operations Manager", "Technical Writer",
      "Amministratore delegato", "Founder & CEO", "Reparto IT", "Tech Lead", "Engineering Manager", "CFO",
    ]) {
      expect(roleOf(title), title).toBe("none");
    }
  });

  it("lets the explicit role win over the title, in both directions", () => {
    expect(recognizeRole({ title: "Direttrice tecnica", role: "CTO" })).toEqual({ cio: false, cto: true, from: "role", described: false });
    expect(roleOf("Chief Technology Officer", "CIO")).toBe("CIO");
    expect(roleOf("Chief Technology Officer", "CIO+CTO")).toBe("both");
    // Any other string is an explicit "neither".
    expect(roleOf("Chief Technology Officer", "CFO")).toBe("none");
    // An empty role is no decision.
    expect(recognizeRole({ title: "CTO", role: "  " })).toEqual({ cio: false, cto: true, from: "title", described: false });
    expect(recognizeRole({ title: "Designer", role: null })).toEqual({ cio: false, cto: false, from: "none", described: false });
  });

  it("tells a title that names the role from one that describes it", () => {
    for (const title of ["CIO", "Chief Information Officer", "CTO", "Chief Technology Officer", "CIO/CTO"]) {
      expect(recognizeRole({ title, role: null }).described, title).toBe(false);
    }
    for (const title of ["Head of IT", "IT Manager", "Responsabile ICT", "Direttore tecnico", "Direttore dei sistemi informativi"]) {
      expect(recognizeRole({ title, role: null }).described, title).toBe(true);
    }
    // An explicit role is a decision, however it is worded.
    expect(recognizeRole({ title: "Head of IT", role: "Responsabile IT" }).described).toBe(false);
  });
});
