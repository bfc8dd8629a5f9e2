import type { Chart } from "../org/types";
import type { Lang } from "./catalog";
import { buildAnalysisContext, type AnalysisContext } from "./analysis-context";
import { classifyResponsibility } from "./classify-responsibility";
import { sortFindings, type Finding } from "./finding";
import type { Classify } from "./resolve-duties";
import { findAmbiguousResponsibilities } from "./rules/ambiguous-responsibility";
import { findCombinedRoles } from "./rules/combined-role";
import { findEngineeringUnderCio, findItDepartmentsUnderCto } from "./rules/department-placement";
import { findGaps } from "./rules/gap";
import { findMisplaced } from "./rules/misplaced";
import { findMissingRoles } from "./rules/missing-role";
import { findOverlaps } from "./rules/overlap";

export interface AnalyzeOptions {
  /** The language of the messages (quotes always come in both). Default "en". */
  lang?: Lang;
  /** Replaces the built-in classifier for free-text responsibilities. */
  classify?: Classify;
}

const RULES: ReadonlyArray<(context: AnalysisContext) => Finding[]> = [
  findGaps,
  findOverlaps,
  findMisplaced,
  findItDepartmentsUnderCto,
  findEngineeringUnderCio,
  findCombinedRoles,
  findMissingRoles,
  findAmbiguousResponsibilities,
];

/**
 * Judges a chart against the document (DOMAIN.md §3) and returns every finding, in an order that
 * depends only on the chart's content. Cheap enough to call on every keystroke: classification
 * is cached by text, and everything else is linear in the size of the chart.
 */
export function analyzeChart(chart: Chart, options: AnalyzeOptions = {}): Finding[] {
  const context = buildAnalysisContext(chart, options.lang ?? "en", options.classify ?? classifyResponsibility);
  return sortFindings(RULES.flatMap((rule) => rule(context)));
}
