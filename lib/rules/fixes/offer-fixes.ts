import type { Chart } from "../../org/types";
import type { RuleId } from "../catalog";
import type { Finding } from "../finding";
import { ambiguousFixes, ambiguousFixTo } from "./ambiguous-fixes";
import { gapFixes, gapFixTo, misplacedFixes, misplacedFixTo, misplacedTargets, overlapFixes } from "./duty-fixes";
import { fixContext, type Fix, type FixContext, type FixesForRule, type FixOptions } from "./fix";
import { combinedRoleFixes, engineeringFixes, itDepartmentFixes, missingRoleFixes, missingRoleFixTo, missingRoleTargets } from "./structure-fixes";
import { DUTY_IDS } from "../catalog";

const FIXES: Readonly<Record<RuleId, FixesForRule>> = {
  gap: gapFixes,
  overlap: overlapFixes,
  misplaced: misplacedFixes,
  "it-department-under-cto": itDepartmentFixes,
  "engineering-under-cio": engineeringFixes,
  "combined-role": combinedRoleFixes,
  "missing-role": missingRoleFixes,
  "ambiguous-responsibility": ambiguousFixes,
};

/** The fixes the document implies for a finding of `chart` (analysed with the same options). */
export function offerFixes(chart: Chart, finding: Finding, options: FixOptions = {}): Fix[] {
  return offerFixesIn(fixContext(chart, options), finding);
}

/** The same, sharing one analysis across many findings of one chart (the CLI, the panel). */
export function offerFixesIn(context: FixContext, finding: Finding): Fix[] {
  return FIXES[finding.rule](context, finding).filter((fix) => fix.ops.length > 0);
}

/**
 * Where a fix can also go when the user picks: nodes of the owner's branch for a misplaced duty,
 * any node for a gap, a node to promote for a missing role, any duty for an unclear text.
 */
export type FixChoices = { kind: "node"; ids: string[] } | { kind: "duty"; ids: string[] } | null;

export function fixChoices(context: FixContext, finding: Finding): FixChoices {
  switch (finding.rule) {
    case "misplaced":
      return { kind: "node", ids: misplacedTargets(context, finding) };
    case "gap":
      return { kind: "node", ids: context.chart.nodes.map((node) => node.id) };
    case "missing-role":
      return { kind: "node", ids: missingRoleTargets(context, finding) };
    case "ambiguous-responsibility":
      return { kind: "duty", ids: [...DUTY_IDS] };
    default:
      return null;
  }
}

/** The fix for the user's pick among fixChoices, or null when the pick does not apply. */
export function fixForChoice(context: FixContext, finding: Finding, choice: string): Fix | null {
  switch (finding.rule) {
    case "misplaced":
      return misplacedFixTo(context, finding, choice);
    case "gap":
      return gapFixTo(context, finding, choice);
    case "missing-role":
      return missingRoleFixTo(context, finding, choice);
    case "ambiguous-responsibility":
      return ambiguousFixTo(context, finding, choice);
    default:
      return null;
  }
}
