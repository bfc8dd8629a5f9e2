import { DUTY_IDS, dutySource } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { boundaryNote, dutyName, nodeNames, roleOwning } from "../messages";

/**
 * `misplaced`: with a distinct CIO and CTO, a duty of one role held in the other role's branch
 * and nowhere in its own. Holders outside both branches do not count for the owner's branch.
 */
export function findMisplaced(context: AnalysisContext): Finding[] {
  const { roles, lang } = context;
  if (!roles.distinct) return [];
  const findings: Finding[] = [];
  for (const duty of DUTY_IDS) {
    const owner = roleOwning(duty);
    const [own, other] = owner === "CIO" ? [roles.cioBranch, roles.ctoBranch] : [roles.ctoBranch, roles.cioBranch];
    const holders = context.holders.get(duty) ?? [];
    if (holders.some((id) => own.has(id))) continue;
    const misplaced = holders.filter((id) => other.has(id));
    if (misplaced.length === 0) continue;
    const otherRole = owner === "CIO" ? "CTO" : "CIO";
    const names = nodeNames(misplaced, context.nodesById, lang);
    const message = translator(lang)("rules.misplaced", { duty: dutyName(duty, lang), other: otherRole, names, owner, note: boundaryNote(duty, lang) });
    findings.push(makeFinding("misplaced", { duty, nodes: misplaced, message, source: dutySource(duty) }));
  }
  return findings;
}
