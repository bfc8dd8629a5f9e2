import { DUTIES, DUTY_IDS, dutySource } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { dutyName } from "../messages";

/** `gap`: a catalog duty that no node of the chart holds, wherever it sits. */
export function findGaps(context: AnalysisContext): Finding[] {
  const { lang } = context;
  return DUTY_IDS.filter((duty) => (context.holders.get(duty)?.length ?? 0) === 0).map((duty) => {
    const owner = DUTIES[duty].owner;
    const message = translator(lang)("rules.gap", { duty: dutyName(duty, lang), owner });
    return makeFinding("gap", { duty, message, source: dutySource(duty) });
  });
}
