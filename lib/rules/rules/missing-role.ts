import { DOCUMENT_SENTENCES, type RoleName } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";

/** `missing-role`: the chart has no CIO, or no CTO (one finding for each missing role). */
export function findMissingRoles(context: AnalysisContext): Finding[] {
  const { roles, lang } = context;
  const missing: RoleName[] = [];
  if (roles.cio.length === 0) missing.push("CIO");
  if (roles.cto.length === 0) missing.push("CTO");
  return missing.map((role) => {
    const message =
      lang === "it"
        ? `L'organigramma non ha un ${role}: le sue responsabilità risultano lacune, a meno che qualcun altro non le abbia.`
        : `The chart has no ${role}: the ${role}'s duties show up as gaps unless someone else holds them.`;
    const source = role === "CIO" ? DOCUMENT_SENTENCES.cioDefinition : DOCUMENT_SENTENCES.ctoDefinition;
    return makeFinding("missing-role", { message, source, role });
  });
}
