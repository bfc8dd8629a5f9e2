import { DUTY_IDS, dutySource } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { boundaryNote, dutyName, nodeNames, roleOwning } from "../messages";

/**
 * `overlap`: with a distinct CIO and CTO, a duty held in both branches. Taken literally, as the
 * rule is written: when the CIO reports to the CTO, the CIO's branch lies inside the CTO's, so a
 * duty held there is held by "some node of each branch" and overlaps too.
 */
export function findOverlaps(context: AnalysisContext): Finding[] {
  const { roles, lang } = context;
  if (!roles.distinct) return [];
  const findings: Finding[] = [];
  for (const duty of DUTY_IDS) {
    const holders = context.holders.get(duty) ?? [];
    const inCio = holders.filter((id) => roles.cioBranch.has(id));
    const inCto = holders.filter((id) => roles.ctoBranch.has(id));
    if (inCio.length === 0 || inCto.length === 0) continue;
    const names = (ids: string[]) => nodeNames(ids, context.nodesById, lang);
    const owner = roleOwning(duty);
    const message = translator(lang)("rules.overlap", {
      duty: dutyName(duty, lang),
      cio: names(inCio),
      cto: names(inCto),
      owner,
      note: boundaryNote(duty, lang),
    });
    findings.push(makeFinding("overlap", { duty, nodes: [...inCio, ...inCto], message, source: dutySource(duty) }));
  }
  return findings;
}
