import type { Translate } from "../i18n/translate";
import { nodeLabel } from "../org/apply-ops";
import type { OrgNode, Position } from "../org/types";
import type { Severity } from "../rules/catalog";
import { sceneCard, type ChartScene, type SceneCard } from "./chart-scene";
import type { BranchPage, ChartPages } from "./page-chart-by-branch";

export interface PageSceneOptions {
  /** The chart's nodes by id. */
  nodes: ReadonlyMap<string, OrgNode>;
  t: Translate;
  /** The printed number of the page at an index of `ChartPages.pages`. */
  pageNumber: (index: number) => number;
  flagged?: ReadonlyMap<string, Severity>;
}

/** A reference card: shaped like a card (so a reader knows whom it stands for), dashed, on grey. */
function referenceCard(title: string, person: string | null, note: string, at: Position): SceneCard {
  const node = { id: "", kind: "role", title, person, role: note, position: at, collapsed: false, responsibilities: [] } as OrgNode;
  return { ...sceneCard(node, at, undefined), fill: "#f1f5f9", stroke: "#475569", dashed: true };
}

/** What a page heads with, for captions and the overview: its single branch's top, or the first of its sibling branches and how many more. */
export function pageTitle(page: Pick<BranchPage, "roots">, byId: ReadonlyMap<string, OrgNode>, t: Translate): string {
  const first = byId.get(page.roots[0] as string);
  const label = first ? nodeLabel(first) : "";
  return page.roots.length > 1 ? t("io.pages.andMore", { label, count: page.roots.length - 1 }) : label;
}

/** One branch page's cards (flagged ones marked), its reference cards and its reporting lines. */
export function branchPageScene(page: BranchPage, options: PageSceneOptions): ChartScene {
  const { t, pageNumber, nodes: byId } = options;
  const cards: SceneCard[] = [];
  for (const [id, at] of page.positions) {
    const node = byId.get(id);
    if (node) cards.push(sceneCard(node, at, options.flagged?.get(id)));
  }
  if (page.manager?.at) {
    const manager = byId.get(page.manager.id);
    cards.push(referenceCard(manager?.title ?? "", manager?.person ?? null, t("io.pages.managerOn", { page: pageNumber(page.manager.page) }), page.manager.at));
  }
  for (const continuation of page.continuations) {
    const first = byId.get(continuation.reports[0] as string);
    const more = continuation.reports.length - 1;
    cards.push(
      referenceCard(
        first?.title ?? "",
        more > 0 ? t("io.pages.moreReports", { count: more }) : (first?.person ?? null),
        t("io.pages.continuesOn", { page: pageNumber(continuation.page) }),
        continuation.at,
      ),
    );
  }
  return { x: 0, y: 0, width: page.width, height: page.height, cards, edges: page.lines.map((points) => ({ points, dotted: false })) };
}

/** The overview: a box per page shown, with the branch it holds and its page number, outlined as the pages hang together. */
export function overviewScene(paged: ChartPages, options: PageSceneOptions): ChartScene {
  const byId = options.nodes;
  const cards: SceneCard[] = [];
  for (const [index, at] of paged.overview.positions) {
    const page = paged.pages[index] as BranchPage;
    const first = byId.get(page.roots[0] as string);
    const more = page.roots.length - 1;
    const node = {
      id: "",
      kind: "role",
      title: first?.title ?? "",
      person: more > 0 ? options.t("io.pages.moreReports", { count: more }) : (first?.person ?? null),
      role: options.t("io.pages.onPage", { page: options.pageNumber(index) }),
      position: at,
      collapsed: false,
      responsibilities: [],
    } as OrgNode;
    cards.push(sceneCard(node, at, worstFlag(page.nodes, options.flagged)));
  }
  const { width, height, lines } = paged.overview;
  return { x: 0, y: 0, width, height, cards, edges: lines.map((points) => ({ points, dotted: false })) };
}

/** The overview marks a page whose cards findings name, as the cards themselves are marked. */
function worstFlag(ids: readonly string[], flagged: ReadonlyMap<string, Severity> | undefined): Severity | undefined {
  let worst: Severity | undefined;
  for (const id of ids) {
    const flag = flagged?.get(id);
    if (flag === "warning") return flag;
    worst ??= flag;
  }
  return worst;
}
