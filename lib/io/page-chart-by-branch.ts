import { indexChart, type ChartIndex } from "../org/chart-index";
import type { Chart, Position } from "../org/types";
import { CARD_SIZE } from "./chart-scene";
import { layOutOutline, outlineCapacity, SLOT, type OutlineArea, type OutlineEntry } from "./lay-out-outline";

/**
 * The smallest label a printed page may carry, in points: the small print of forms and maps,
 * readable on paper without a lens. A card's smallest line (its role) is 12 canvas pixels, so
 * a page is drawn at 0.5 points per canvas pixel or more.
 */
export const MIN_LABEL_PT = 6;
/** A card's smallest label line in canvas pixels (chart-scene.ts draws roles at 12). */
const SMALLEST_LABEL_PX = 12;
/** Points per canvas pixel at which the smallest label is MIN_LABEL_PT. */
export const MIN_READABLE_SCALE = MIN_LABEL_PT / SMALLEST_LABEL_PX;

/** Ids of the reference cards in a page's outline; a chart's own ids never start with a NUL. */
const MANAGER_REF = "\u0000manager";
const CONTINUES = "\u0000continues:";

export interface Continuation {
  /** The manager whose reports continue elsewhere: on this page, or (a chain of its reports' pages) this page's manager. */
  manager: string;
  /** Those reports, the tops of the branches on the other page. */
  reports: string[];
  /** Index of the page with their cards. */
  page: number;
  /** Top-left corner of the reference card on this page. */
  at: Position;
}

export interface BranchPage {
  /** The cards drawn on this page: each node of the chart is on exactly one page. */
  nodes: string[];
  /** The tops of the branches on this page: one node (drawn as the head), or sibling reports of one manager. */
  roots: string[];
  /** The roots' manager and the index of the page with its card; `at`: its reference card heading sibling branches. */
  manager: { id: string; page: number; at: Position | null } | null;
  continuations: Continuation[];
  /** Top-left corner of each of the page's cards, the drawing's top-left corner being (0, 0). */
  positions: Map<string, Position>;
  /** Reporting lines, reference cards included, as polylines. */
  lines: [number, number][][];
  width: number;
  height: number;
}

export interface ChartPages {
  /** In reading order: the top of the chart first, then each page's continuations depth first. */
  pages: BranchPage[];
  /** One box per page, outlined as the pages hang together, as many levels down as fit one page. */
  overview: { positions: Map<number, Position>; lines: [number, number][][]; width: number; height: number };
}

interface Group {
  roots: string[];
  /** The roots' manager, or null at the top of the chart. */
  manager: string | null;
}

/**
 * Splits a chart into pages by branch, each page an outline (lay-out-outline.ts) that fits
 * `area` (canvas pixels at the readable scale: MIN_READABLE_SCALE). Bottom-up, a manager keeps
 * the largest of its reports' branches that fit on its page with it, and the others move on:
 * each alone to a page, or small sibling branches packed together onto shared pages. A
 * reference card where they were says on which page they continue; their page names the
 * manager and where its card is. A manager with more pages of reports than its page has room
 * to name (a flat export: thousands reporting to one person) names the first ones, and each of
 * the last ones names the next.
 */
export function pageChartByBranch(chart: Pick<Chart, "nodes" | "edges">, area: OutlineArea): ChartPages {
  const index = indexChart(chart);
  /** Entries a branch takes in an outline (itself, its kept branches, one per reference card) and how many levels below it. */
  const size = new Map<string, number>();
  const depth = new Map<string, number>();
  const kept = new Map<string, Set<string>>();
  const groupOf = new Map<string, number>();
  const groups: Group[] = [];
  /** Sibling pages of a manager with more of them than its page has room to name: each names the next. */
  const chain = new Map<number, number>();
  const chained = new Set<number>();
  const sizeOf = (id: string) => size.get(id) ?? 1;
  const depthOf = (id: string) => depth.get(id) ?? 0;

  /** First-fit decreasing: the fewest pages the branches fit on (leaving `spare` entries free), each page's branches in the chart's order. */
  const pack = (branches: readonly string[], manager: string | null, spare = 0): number[] => {
    const bins: { roots: string[]; total: number; deepest: number }[] = [];
    for (const branch of [...branches].sort((a, b) => sizeOf(b) - sizeOf(a))) {
      const bin = bins.find((candidate) => candidate.total + sizeOf(branch) + spare <= outlineCapacity(area, Math.max(candidate.deepest, depthOf(branch)), manager !== null));
      if (bin) {
        bin.roots.push(branch);
        bin.total += sizeOf(branch);
        bin.deepest = Math.max(bin.deepest, depthOf(branch));
      } else bins.push({ roots: [branch], total: sizeOf(branch), deepest: depthOf(branch) });
    }
    const order = index.nodeOrder;
    const made: number[] = [];
    for (const bin of bins) {
      bin.roots.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      const group = groups.push({ roots: bin.roots, manager }) - 1;
      for (const root of bin.roots) groupOf.set(root, group);
      made.push(group);
    }
    return made;
  };

  for (const id of postOrder(index)) {
    const reports = index.reportsOf.get(id) ?? [];
    const largestFirst = [...reports].sort((a, b) => sizeOf(b) - sizeOf(a));
    const before = groups.length;
    let reserved = 0;
    for (;;) {
      // Keeps the largest branches that fit with `reserved` reference cards, then counts the cards the rest need.
      const keep = new Set<string>();
      let used = reserved;
      let deepest = 0;
      for (const report of largestFirst) {
        const levels = Math.max(deepest, depthOf(report));
        if (used + sizeOf(report) > outlineCapacity(area, levels, true)) continue;
        keep.add(report);
        used += sizeOf(report);
        deepest = levels;
      }
      groups.length = before;
      const made = pack(reports.filter((report) => !keep.has(report)), id);
      const room = outlineCapacity(area, 0, true);
      if (keep.size === 0 && made.length > room) {
        // More pages of reports than reference cards fit: the last card leads to a chain of pages, each naming the next.
        groups.length = before;
        const linked = pack(reports, id, 1);
        for (let k = room; k < linked.length; k++) {
          chain.set(linked[k - 1] as number, linked[k] as number);
          chained.add(linked[k] as number);
        }
        kept.set(id, keep);
        size.set(id, 1 + room);
        depth.set(id, 1);
        break;
      }
      if (made.length <= reserved || keep.size === 0) {
        kept.set(id, keep);
        size.set(id, 1 + used - reserved + made.length);
        depth.set(id, reports.length === 0 ? 0 : keep.size === 0 ? 1 : 1 + Math.max(...[...keep].map(depthOf)));
        break;
      }
      reserved = made.length;
    }
  }
  pack(index.roots, null);
  return assemble(groups, { index, kept, groupOf, chain, chained }, area);
}

interface Partition {
  index: ChartIndex;
  kept: ReadonlyMap<string, ReadonlySet<string>>;
  groupOf: ReadonlyMap<string, number>;
  chain: ReadonlyMap<number, number>;
  chained: ReadonlySet<number>;
}

/** Every node after its reports, without recursion (org charts can be deep). */
function postOrder(index: ChartIndex): string[] {
  const out: string[] = [];
  const pending: [string, boolean][] = index.roots.map((root): [string, boolean] => [root, false]).reverse();
  while (pending.length > 0) {
    const [id, expanded] = pending.pop() as [string, boolean];
    if (expanded) out.push(id);
    else {
      pending.push([id, true]);
      const reports = index.reportsOf.get(id) ?? [];
      for (let k = reports.length - 1; k >= 0; k--) pending.push([reports[k] as string, false]);
    }
  }
  return out;
}

/** A branch's kept cards in reading order, each moved group of its reports as one reference card where its first report was. */
function outlineBelow(top: string, level: number, { index, kept, groupOf, chained }: Partition, out: OutlineEntry[]): void {
  const reportsOf = (id: string, at: number): OutlineEntry[] => {
    const entries: OutlineEntry[] = [];
    const referenced = new Set<number>();
    for (const report of index.reportsOf.get(id) ?? []) {
      if (kept.get(id)?.has(report)) entries.push({ id: report, level: at, height: CARD_SIZE[index.nodeById.get(report)?.kind ?? "role"].height });
      else {
        const group = groupOf.get(report) as number;
        if (!referenced.has(group) && !chained.has(group)) entries.push({ id: `${CONTINUES}${group}`, level: at, height: SLOT.height });
        referenced.add(group);
      }
    }
    return entries.reverse();
  };
  // Depth first without recursion: each kept report is followed by its own branch, then the next report.
  const pending = reportsOf(top, level);
  while (pending.length > 0) {
    const entry = pending.pop() as OutlineEntry;
    out.push(entry);
    if (!entry.id.startsWith(CONTINUES)) pending.push(...reportsOf(entry.id, entry.level + 1));
  }
}

/** Lays out each group's page, numbers the pages as a reader meets them, and outlines the overview. */
function assemble(groups: readonly Group[], partition: Partition, area: OutlineArea): ChartPages {
  const { index, chain } = partition;
  const cardHeight = (id: string) => CARD_SIZE[index.nodeById.get(id)?.kind ?? "role"].height;
  const outlines = groups.map((group, number) => {
    const entries: OutlineEntry[] = [];
    const next = chain.get(number);
    if (group.roots.length === 1 && next === undefined) {
      const root = group.roots[0] as string;
      outlineBelow(root, 0, partition, entries);
      return layOutOutline(entries, { id: root, height: cardHeight(root) }, area);
    }
    for (const root of group.roots) {
      entries.push({ id: root, level: 0, height: cardHeight(root) });
      outlineBelow(root, 1, partition, entries);
    }
    if (next !== undefined) entries.push({ id: `${CONTINUES}${next}`, level: 0, height: SLOT.height });
    return layOutOutline(entries, group.manager === null ? null : { id: MANAGER_REF, height: SLOT.height }, area);
  });
  const continuationsOf = (group: number) => [...(outlines[group] as ReturnType<typeof layOutOutline>).positions.keys()].filter((id) => id.startsWith(CONTINUES)).map((id) => Number(id.slice(CONTINUES.length)));

  const order: number[] = [];
  const levelOf: number[] = [];
  const pending = groups.flatMap((group, i) => (group.manager === null ? [{ group: i, level: 0 }] : [])).reverse();
  while (pending.length > 0) {
    const { group, level } = pending.pop() as { group: number; level: number };
    order.push(group);
    levelOf.push(level);
    const below = continuationsOf(group);
    for (let k = below.length - 1; k >= 0; k--) pending.push({ group: below[k] as number, level: level + 1 });
  }
  const pageOfGroup = new Map(order.map((group, page) => [group, page]));

  const pageOfNode = new Map<string, number>();
  const pages = order.map((group, page): BranchPage => {
    const { positions: placed, lines, width, height } = outlines[group] as ReturnType<typeof layOutOutline>;
    const positions = new Map<string, Position>();
    const continuations: Continuation[] = [];
    for (const [id, at] of placed) {
      if (id === MANAGER_REF) continue;
      if (id.startsWith(CONTINUES)) {
        const target = groups[Number(id.slice(CONTINUES.length))] as Group;
        continuations.push({ manager: target.manager as string, reports: target.roots, page: pageOfGroup.get(Number(id.slice(CONTINUES.length))) as number, at });
      } else {
        positions.set(id, at);
        pageOfNode.set(id, page);
      }
    }
    const { roots, manager } = groups[group] as Group;
    return { nodes: [...positions.keys()], roots, manager: manager === null ? null : { id: manager, page: -1, at: placed.get(MANAGER_REF) ?? null }, continuations, positions, lines, width, height };
  });
  for (const page of pages) if (page.manager) page.manager.page = pageOfNode.get(page.manager.id) as number;

  let levels = Math.max(0, ...levelOf);
  while (levels > 0 && levelOf.filter((level) => level <= levels).length > outlineCapacity(area, levels, false)) levels--;
  const shown = order.map((_, page) => page).filter((page) => (levelOf[page] as number) <= levels);
  const laid = layOutOutline(shown.map((page) => ({ id: String(page), level: levelOf[page] as number, height: SLOT.height })), null, area);
  return { pages, overview: { positions: new Map([...laid.positions].map(([id, at]) => [Number(id), at])), lines: laid.lines, width: laid.width, height: laid.height } };
}
