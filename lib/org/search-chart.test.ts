import { describe, expect, it } from "vitest";
import { foldText, searchChart } from "./search-chart";
import type { OrgNode } from "./types";

function node(id: string, title: string, person: string | null = null, role: string | null = null): OrgNode {
  return { id, title, person, role, kind: "role", position: null, collapsed: false, responsibilities: [] };
}

const nodes = [
  node("a", "Head of Platform Engineering", "Nicolò Bianchi"),
  node("b", "Engineering", "Anna Rossi", "CTO"),
  node("c", "Chief Information Officer", "Élodie Martin", "CIO"),
  node("d", "Software Engineer", "Bruno Neri"),
  node("e", "Data Engineering Lead"),
];

const ids = (query: string) => searchChart({ nodes }, query).map((h) => h.nodeId);

describe("searchChart", () => {
  it("ignores case and accents in both directions", () => {
    expect(ids("nicolo")).toEqual(["a"]);
    expect(ids("ELODIE")).toEqual(["c"]);
    expect(ids("élodie")).toEqual(["c"]);
  });

  it("ranks exact, then prefix, then word prefix, then substring", () => {
    expect(ids("engineering")).toEqual(["b", "a", "e"]);
    expect(ids("engineer")).toEqual(["b", "a", "d", "e"]);
    expect(ids("gineer")).toEqual(["a", "b", "d", "e"]);
  });

  it("searches the person and the role, and matches all words across fields", () => {
    expect(ids("rossi")).toEqual(["b"]);
    expect(ids("cio")).toEqual(["c"]);
    expect(ids("anna cto")).toEqual(["b"]);
    expect(ids("anna cio")).toEqual([]);
  });

  it("returns the range to highlight in the original text", () => {
    const [hit] = searchChart({ nodes }, "nicolo b");
    expect(hit).toMatchObject({ field: "person", range: [0, 8] });
    expect("Nicolò Bianchi".slice(...(hit?.range ?? [0, 0]))).toBe("Nicolò B");
  });

  it("returns nothing for a blank query and honours the limit", () => {
    expect(ids("   ")).toEqual([]);
    expect(searchChart({ nodes }, "e", 2)).toHaveLength(2);
  });

  it("folds characters that expand when lower-cased", () => {
    const folded = foldText("İstanbul");
    expect(folded.folded.startsWith("i")).toBe(true);
    expect(folded.range(0, folded.folded.indexOf("s") + 1)).toEqual([0, 2]);
  });
});
