import type { ChartOp } from "../../org/chart-ops";
import { indexChart, type ChartIndex } from "../../org/chart-index";
import type { Chart, OrgNode, Responsibility } from "../../org/types";
import type { DecisionsMessageKey } from "../../i18n/dictionaries/decisions";
import { buildAnalysisContext, type AnalysisContext } from "../analysis-context";
import type { DutyId, Lang, RoleName } from "../catalog";
import { classifyResponsibility } from "../classify-responsibility";
import type { Finding } from "../finding";
import { resolveResponsibility, type Classify } from "../resolve-duties";

/**
 * What a fix says it does, as data: the dictionary key and the ids it names. describeFix turns it
 * into words in either language, so the editor and the CLI say the same thing.
 */
export interface FixLabel {
  key: DecisionsMessageKey;
  duty?: DutyId;
  counterpart?: DutyId;
  owner?: RoleName;
  role?: RoleName;
  /** Nodes the fix takes something from (or moves). */
  nodes?: readonly string[];
  /** The node the fix gives something to, or puts something under. */
  target?: string;
}

/** One way to settle a finding: ordinary chart ops, applied as one undoable edit. */
export interface Fix {
  /** Stable per finding: "remove-other-side", "move-to:<node>", "choose:<duty>"… */
  id: string;
  label: FixLabel;
  ops: ChartOp[];
}

export interface FixOptions {
  /** The language of text the fix writes into the chart (a new responsibility's wording). Default "en". */
  lang?: Lang;
  classify?: Classify;
}

/** What every rule's fixes read: the chart, its index and the analysis the finding came from. */
export interface FixContext {
  chart: Chart;
  index: ChartIndex;
  analysis: AnalysisContext;
  lang: Lang;
  classify: Classify;
}

export function fixContext(chart: Chart, options: FixOptions = {}): FixContext {
  const lang = options.lang ?? "en";
  const classify = options.classify ?? classifyResponsibility;
  return { chart, index: indexChart(chart), analysis: buildAnalysisContext(chart, lang, classify), lang, classify };
}

export type FixesForRule = (context: FixContext, finding: Finding) => Fix[];

/** Whether a responsibility counts for `duty` in this analysis. */
export function countsFor(context: FixContext, responsibility: Responsibility, duty: DutyId): boolean {
  return resolveResponsibility(responsibility, context.classify).duty === duty;
}

/** `base`, or `base-2`, `base-3`… : the first not in `taken`. Deterministic, so the CLI prints the same ops every run. */
export function freshId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function freshEdgeId(context: FixContext, reserved: Set<string> = new Set()): string {
  const id = freshId("fix-line", (candidate) => context.index.edgeById.has(candidate) || reserved.has(candidate));
  reserved.add(id);
  return id;
}

export function freshResponsibilityId(node: OrgNode, reserved: Set<string> = new Set()): string {
  const id = freshId("fix", (candidate) => node.responsibilities.some((r) => r.id === candidate) || reserved.has(candidate));
  reserved.add(id);
  return id;
}

/** True when `ancestor` is `node` or above it on reports-to lines: putting `ancestor` under `node` would close a cycle. */
export function isAtOrAbove(context: FixContext, ancestor: string, node: string): boolean {
  const seen = new Set<string>();
  for (let current: string | undefined = node; current !== undefined && !seen.has(current); current = context.index.managerOf.get(current)) {
    if (current === ancestor) return true;
    seen.add(current);
  }
  return false;
}

/** The node that stands for a role when a fix gives it something: the first that holds only that role, else the first. */
export function roleHolder(context: FixContext, role: RoleName): string | undefined {
  const { roles } = context.analysis;
  const list = role === "CIO" ? roles.cio : roles.cto;
  return list.find((id) => !roles.combined.includes(id)) ?? list[0];
}

/** Moves `nodeId` under `managerId`: its reports-to line is replaced (dotted lines stay). */
export function reparentOps(context: FixContext, nodeId: string, managerId: string, reserved?: Set<string>): ChartOp[] {
  const ops: ChartOp[] = context.chart.edges
    .filter((edge) => edge.kind === "reports-to" && edge.target === nodeId)
    .map((edge) => ({ type: "removeEdge", id: edge.id }));
  ops.push({ type: "addEdge", edge: { id: freshEdgeId(context, reserved), source: managerId, target: nodeId, kind: "reports-to" } });
  return ops;
}
