import { DOCUMENT_SENTENCES } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { needsDecision } from "../classify-responsibility";
import { makeFinding, type Finding } from "../finding";
import { dutyName, nodeName } from "../messages";

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
    let message: string;
    if (classification.duty === null) {
      message =
        lang === "it"
          ? `${quoted} di ${name} non corrisponde a nessuna responsabilità del documento: scegline una, o indica che non ne ha.`
          : `${quoted} (${name}) matches no duty of the document: pick one, or mark it as none.`;
    } else {
      const second = classification.runnerUp?.duty;
      const candidates = second === undefined ? dutyName(classification.duty, lang) : `${dutyName(classification.duty, lang)} ${lang === "it" ? "e" : "and"} ${dutyName(second, lang)}`;
      message =
        lang === "it"
          ? `${quoted} di ${name} corrisponde quasi allo stesso modo a ${candidates}: scegli quella giusta.`
          : `${quoted} (${name}) matches ${candidates} almost equally: choose the right one.`;
    }
    findings.push(
      makeFinding("ambiguous-responsibility", { nodes: [node.id], message, source: DOCUMENT_SENTENCES.twoPositions, responsibilityId: id }),
    );
  }
  return findings;
}
