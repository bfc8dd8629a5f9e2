import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./locales";
import { translator } from "./translate";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7", "it"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,it;q=0.5,en;q=0.4", "it"],
    ["fr;q=0.1, en;q=0.2, it;q=0.3", "it"],
    ["it;q=0, en", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it("returns null when nothing supported is offered", () => {
    expect(localeFromAcceptLanguage("de, fr;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
  });
});

describe("translator", () => {
  it("speaks both languages and fills parameters", () => {
    expect(translator("en")("dashboard.confirmDelete", { name: "Q3" })).toBe("Delete the chart “Q3”? This cannot be undone.");
    expect(translator("it")("dashboard.confirmDelete", { name: "Q3" })).toBe("Eliminare l'organigramma «Q3»? L'operazione non si può annullare.");
  });

  it("leaves unknown placeholders visible rather than silently blank", () => {
    expect(translator("en")("dashboard.copyOf", {})).toBe("Copy of {name}");
  });
});
