import { DUTIES, DUTY_IDS, dutySource } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { dutyName } from "../messages";

/** `gap`: a catalog duty that no node of the chart holds, wherever it sits. */
export function findGaps(context: AnalysisContext): Finding[] {
  const { lang } = context;
  return DUTY_IDS.filter((duty) => (context.holders.get(duty)?.length ?? 0) === 0).map((duty) => {
    const owner = DUTIES[duty].owner;
    const message =
      lang === "it"
        ? `Nessuno nell'organigramma ha la responsabilità ${dutyName(duty, lang)}, che il documento assegna al ${owner}.`
        : `Nobody in the chart holds ${dutyName(duty, lang)}, which the document gives to the ${owner}.`;
    return makeFinding("gap", { duty, message, source: dutySource(duty) });
  });
}
