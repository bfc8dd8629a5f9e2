import { describe, expect, it } from "vitest";
import { createNode } from "../org/gestures";
import type { Chart, OrgEdge } from "../org/types";
import { buildChart } from "../rules/fixtures/charts";
import { renderChartPdf } from "./render-chart-pdf";
import { pdfTextByPage } from "./testing/pdf-text";

/** `size` cards titled "Card i", person "Person i": card i reports to card floor((i - 1) / 6). */
function bigChart(size: number): Chart {
  const nodes = Array.from({ length: size }, (_, i) => createNode({ id: `n${i}`, title: `Card ${i}`, person: `Person ${i}` }));
  const edges = nodes.slice(1).map((_, k): OrgEdge => ({ id: `e${k + 1}`, source: `n${Math.floor(k / 6)}`, target: `n${k + 1}`, kind: "reports-to" }));
  return { name: "Big", nodes, edges };
}

/** The cards a page shows as text: its own, and the reference cards and overview boxes (title, then the page they name). */
function cardsOn(texts: readonly string[]) {
  const own: string[] = [];
  const references: { title: string; page: number; kind: string }[] = [];
  const referenceTitles = new Set<number>();
  texts.forEach((text, i) => {
    const reference = /^(continues on page|manager: see page|page) (\d+)$/.exec(text);
    if (!reference) return;
    references.push({ title: texts[i - 2] as string, page: Number(reference[2]), kind: reference[1] as string });
    referenceTitles.add(i - 2);
  });
  texts.forEach((text, i) => {
    if (/^Card \d+$/.test(text) && !referenceTitles.has(i)) own.push(text);
  });
  return { own, references };
}

describe("renderChartPdf", () => {
  it("a chart readable on one page is one page, its labels text", async () => {
    const chart = buildChart([{ id: "a", title: "Direttrice", person: "Anna Bruni" }, { id: "b", title: "Sistemista" }, { id: "c", title: "Tecnico" }], ["a>b", "a>c"], "Piccolo");
    const pages = pdfTextByPage(await renderChartPdf(chart, "it"));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toEqual(expect.arrayContaining(["Direttrice", "Anna Bruni", "Sistemista", "Tecnico", "Piccolo · Pagina 1 di 1"]));
  });

  it("a big chart: an overview, then a page per branch; every card's label is text on exactly one page, and every reference names the page its card is on", async () => {
    const chart = bigChart(400);
    const flagged = new Map([["n77", "warning" as const]]);
    const pages = pdfTextByPage(await renderChartPdf(chart, "en", flagged));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages[0]?.[0]).toBe("The chart by branch: overview");
    expect(pages.at(-1)?.at(-1)).toBe(`Big · Page ${pages.length} of ${pages.length}`);

    const pageOf = new Map<string, number>();
    pages.forEach((texts, i) => {
      for (const title of cardsOn(texts).own) {
        expect(pageOf.has(title), `${title} on pages ${pageOf.get(title)} and ${i + 1}`).toBe(false);
        pageOf.set(title, i + 1);
      }
    });
    expect(pageOf.size).toBe(400);
    // Each card's person is text on its page too: labels are letters, not grey bars.
    for (const [title, page] of pageOf) expect(pages[page - 1]).toContain(title.replace("Card", "Person"));

    let continuations = 0;
    pages.forEach((texts, i) => {
      for (const reference of cardsOn(texts).references) {
        expect(pageOf.get(reference.title), `page ${i + 1}: ${reference.title} is on page ${reference.page}`).toBe(reference.page);
        if (reference.kind === "continues on page") continuations++;
      }
      // A branch page's caption names its manager's page.
      const caption = /^Branch: (Card \d+) \(Person \d+\).*· manager on page (\d+)$/.exec(texts[0] ?? "");
      if (caption) expect(pages[Number(caption[2]) - 1]).toContain(`Card ${Math.floor((Number(caption[1]?.slice(5)) - 1) / 6)}`);
    });
    expect(continuations).toBe(pages.length - 2);

    // The flagged card keeps its mark ("!" in its badge) on its page, and only there; the overview marks its page's box.
    const marked = pages.flatMap((texts, i) => (texts.includes("!") ? [i + 1] : []));
    const flaggedPage = pageOf.get("Card 77") as number;
    expect(marked).toEqual(pages[0]?.includes(`page ${flaggedPage}`) ? [1, flaggedPage] : [flaggedPage]);
  });
});
