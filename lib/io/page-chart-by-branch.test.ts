import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateOrgTree } from "../../bench/lib/generate-org-tree";
import { seededRandom } from "../../bench/lib/random";
import { indexChart } from "../org/chart-index";
import { createNode } from "../org/gestures";
import type { Chart, OrgEdge } from "../org/types";
import { CARD_SIZE } from "./chart-scene";
import { MIN_READABLE_SCALE, pageChartByBranch, type ChartPages } from "./page-chart-by-branch";

/** The drawing area of an A4 landscape chart page (add-chart-pages.ts) at the readable scale. */
const AREA = { width: 781.89 / MIN_READABLE_SCALE, height: 509.28 / MIN_READABLE_SCALE };

/** A chart in which node i reports to parents[i - 1] (an earlier node), or to nobody when that is negative. */
function chartOf(parents: readonly number[]): Chart {
  const nodes = [createNode({ id: "n0", title: "Top" }), ...parents.map((_, i) => createNode({ id: `n${i + 1}`, title: `Card ${i + 1}`, kind: i % 7 === 3 ? "department" : "role" }))];
  const edges = parents.flatMap((parent, i): OrgEdge[] => (parent < 0 ? [] : [{ id: `e${i + 1}`, source: `n${parent}`, target: `n${i + 1}`, kind: "reports-to" }]));
  return { name: "Test", nodes, edges };
}

/** Everything a reader relies on, checked on any chart. */
function expectSound(chart: Chart, paged: ChartPages) {
  const index = indexChart(chart);
  const pageOf = new Map<string, number>();
  paged.pages.forEach((page, number) => {
    for (const id of page.nodes) {
      expect(pageOf.has(id), `${id} is on pages ${pageOf.get(id)} and ${number}`).toBe(false);
      pageOf.set(id, number);
    }
    // Every card, reference cards included, lies within the page's drawing.
    const slots = [...page.positions].map(([id, at]) => ({ at, height: CARD_SIZE[index.nodeById.get(id)?.kind ?? "role"].height }));
    for (const continuation of page.continuations) slots.push({ at: continuation.at, height: CARD_SIZE.role.height });
    if (page.manager?.at) slots.push({ at: page.manager.at, height: CARD_SIZE.role.height });
    for (const { at, height } of slots) {
      expect(at.x).toBeGreaterThanOrEqual(0);
      expect(at.y).toBeGreaterThanOrEqual(0);
      expect(at.x + CARD_SIZE.role.width).toBeLessThanOrEqual(page.width + 1e-6);
      expect(at.y + height).toBeLessThanOrEqual(page.height + 1e-6);
    }
  });
  expect([...pageOf.keys()].sort()).toEqual(chart.nodes.map((node) => node.id).sort());

  const referencedFrom = new Map<number, number>();
  paged.pages.forEach((page, number) => {
    for (const continuation of page.continuations) {
      // The manager is here (or this is one of its pages of reports), the reports are the tops of the page named, and nowhere else is that page referenced.
      if (page.manager?.id !== continuation.manager) expect(pageOf.get(continuation.manager)).toBe(number);
      expect(paged.pages[continuation.page]?.roots).toEqual(continuation.reports);
      for (const report of continuation.reports) expect(index.managerOf.get(report)).toBe(continuation.manager);
      expect(referencedFrom.has(continuation.page)).toBe(false);
      referencedFrom.set(continuation.page, number);
      // Reading order: a branch comes after the page that refers to it.
      expect(continuation.page).toBeGreaterThan(number);
    }
  });
  paged.pages.forEach((page, number) => {
    const manager = page.roots.map((root) => index.managerOf.get(root) ?? null);
    expect(new Set(manager).size).toBe(1);
    if (page.manager === null) {
      expect(manager[0]).toBeNull();
      expect(referencedFrom.has(number)).toBe(false);
    } else {
      expect(manager[0]).toBe(page.manager.id);
      expect(page.manager.page).toBe(pageOf.get(page.manager.id));
      const from = referencedFrom.get(number) as number;
      if (from !== page.manager.page) expect(paged.pages[from]?.manager?.id).toBe(page.manager.id);
    }
  });
  // The overview starts at the top of the chart and shows a page only with the page it hangs from.
  expect(paged.overview.positions.has(0)).toBe(true);
  for (const shown of paged.overview.positions.keys()) {
    const manager = paged.pages[shown]?.manager;
    if (manager) expect(paged.overview.positions.has(manager.page)).toBe(true);
  }
}

function fitsArea(paged: ChartPages, area = AREA) {
  for (const page of paged.pages) {
    expect(page.width).toBeLessThanOrEqual(area.width);
    expect(page.height).toBeLessThanOrEqual(area.height);
  }
  expect(paged.overview.width).toBeLessThanOrEqual(area.width);
  expect(paged.overview.height).toBeLessThanOrEqual(area.height);
}

describe("pageChartByBranch", () => {
  it("a chart that fits is one page, with no references", () => {
    const chart = chartOf([0, 0, 1, 1, 2]);
    const paged = pageChartByBranch(chart, AREA);
    expect(paged.pages).toHaveLength(1);
    expect(paged.pages[0]?.continuations).toEqual([]);
    expect(paged.pages[0]?.manager).toBeNull();
    expectSound(chart, paged);
  });

  it("any forest: every card on exactly one page, every page within the readable size, every reference right", () => {
    // Parents drawn from the nodes before, biased to recent ones so charts run deep as well as wide.
    const shape = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 600 });
    fc.assert(
      fc.property(shape, fc.constantFrom(AREA, { width: 900, height: 700 }), (draws, area) => {
        const parents = draws.map(([pick, root], i) => (root < 0.02 ? -1 : Math.min(i, Math.floor((i + 1) * (1 - pick * pick)))));
        const chart = chartOf(parents);
        const paged = pageChartByBranch(chart, area);
        expectSound(chart, paged);
        fitsArea(paged, area);
      }),
      { numRuns: 60 },
    );
  });

  it("a branch too big for a page continues on the pages its reference cards name", () => {
    // A director with 12 heads of unit, each with 9 people: 121 cards, more than a page holds.
    const parents = [...Array.from({ length: 12 }, () => 0), ...Array.from({ length: 108 }, (_, i) => 1 + Math.floor(i / 9))];
    const chart = chartOf(parents);
    const paged = pageChartByBranch(chart, AREA);
    expectSound(chart, paged);
    fitsArea(paged);
    expect(paged.pages.length).toBeGreaterThan(1);
    const top = paged.pages[0];
    expect(top?.roots).toEqual(["n0"]);
    expect(top?.continuations.length).toBeGreaterThan(0);
    for (const continuation of top?.continuations ?? []) expect(continuation.manager).toBe("n0");
  });

  it("a manager with thousands of direct reports, and a chain 400 levels deep, page without overflowing the stack", () => {
    const wide = chartOf(Array.from({ length: 3_000 }, () => 0));
    const widePages = pageChartByBranch(wide, AREA);
    expectSound(wide, widePages);
    fitsArea(widePages);
    // The manager's page names as many pages of its reports as fit; from the last one on, each names the next.
    const chained = widePages.pages.filter((page) => page.continuations.some((continuation) => continuation.manager === page.manager?.id));
    expect(chained.length).toBeGreaterThan(0);
    expect(widePages.pages[0]?.continuations.length).toBeLessThan(widePages.pages.length - 1);
    const deep = chartOf(Array.from({ length: 400 }, (_, i) => i));
    const deepPages = pageChartByBranch(deep, AREA);
    expectSound(deep, deepPages);
    fitsArea(deepPages);
  });

  it("10,000 cards page into a few hundred full pages, and the overview shows the top of the chart", () => {
    const random = seededRandom(7);
    const chart = generateOrgTree(10_000, "Big", { random, node: (i) => createNode({ id: `n${i}`, title: `Card ${i}` }), manages: () => random() < 0.35 });
    const paged = pageChartByBranch(chart, AREA);
    expectSound(chart, paged);
    fitsArea(paged);
    // About 40 cards fit a page; branches rarely fill one exactly.
    expect(paged.pages.length).toBeGreaterThan(10_000 / 41);
    expect(paged.pages.length).toBeLessThan(10_000 / 20);
    expect(paged.overview.positions.size).toBeGreaterThan(10);
  });
});
