import { DOCUMENT_SENTENCES } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { nodeName } from "../messages";

/** `combined-role`: one node holds both roles, which the document describes as two different jobs. */
export function findCombinedRoles(context: AnalysisContext): Finding[] {
  const { lang } = context;
  return context.roles.combined.map((id) => {
    const name = nodeName(context.nodesById.get(id), lang);
    const message = translator(lang)("rules.combinedRole", { name });
    return makeFinding("combined-role", { nodes: [id], message, source: DOCUMENT_SENTENCES.twoPositions });
  });
}
