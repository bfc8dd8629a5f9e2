import { DOCUMENT_SENTENCES } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { needsDecision } from "../classify-responsibility";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { dutyName, listOf, nodeName } from "../messages";

/**
 * `ambiguous-responsibility`: free text the classifier could not settle, because it matches no
 * duty or two almost equally. Only undecided text: an explicit duty, null included, is the
 * user's answer already.
 */
export function findAmbiguousResponsibilities(context: AnalysisContext): Finding[] {
  const { lang } = context;
  const findings: Finding[] = [];
  for (const { node, id, text, resolved } of context.responsibilities) {
    const classification = resolved.classification;
    if (resolved.decidedBy !== "classifier" || classification === undefined || !needsDecision(classification)) continue;
    const name = nodeName(node, lang);
    const quoted = `"${text.trim()}"`;
    const t = translator(lang);
    let message: string;
    if (classification.duty === null) {
      message = t("rules.ambiguousNone", { text: quoted, name });
    } else {
      const second = classification.runnerUp?.duty;
      const close = second === undefined ? [classification.duty] : [classification.duty, second];
      message = t("rules.ambiguousClose", { text: quoted, name, candidates: listOf(close.map((duty) => dutyName(duty, lang)), lang) });
    }
    findings.push(
      makeFinding("ambiguous-responsibility", { nodes: [node.id], message, source: DOCUMENT_SENTENCES.twoPositions, responsibilityId: id }),
    );
  }
  return findings;
}
