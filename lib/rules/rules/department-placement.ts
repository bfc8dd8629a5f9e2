import { DOCUMENT_SENTENCES } from "../catalog";
import type { AnalysisContext } from "../analysis-context";
import { makeFinding, type Finding } from "../finding";
import { translator } from "../../i18n/translate";
import { nodeName } from "../messages";

/** `it-department-under-cto`: with a distinct CIO, an IT department in the CTO's branch but not the CIO's. */
export function findItDepartmentsUnderCto(context: AnalysisContext): Finding[] {
  const { roles, lang } = context;
  if (!roles.distinct) return [];
  const findings: Finding[] = [];
  for (const [id, kind] of context.departments) {
    if (!kind.it || !roles.ctoBranch.has(id) || roles.cioBranch.has(id)) continue;
    const name = nodeName(context.nodesById.get(id), lang);
    const message = translator(lang)("rules.itDepartmentUnderCto", { name });
    findings.push(makeFinding("it-department-under-cto", { nodes: [id], message, source: DOCUMENT_SENTENCES.itDepartment }));
  }
  return findings;
}

/** `engineering-under-cio`: with a distinct CTO, an engineering department in the CIO's branch but not the CTO's. */
export function findEngineeringUnderCio(context: AnalysisContext): Finding[] {
  const { roles, lang } = context;
  if (!roles.distinct) return [];
  const findings: Finding[] = [];
  for (const [id, kind] of context.departments) {
    if (!kind.engineering || !roles.cioBranch.has(id) || roles.ctoBranch.has(id)) continue;
    const name = nodeName(context.nodesById.get(id), lang);
    const message = translator(lang)("rules.engineeringUnderCio", { name });
    findings.push(
      makeFinding("engineering-under-cio", { nodes: [id], message, source: DOCUMENT_SENTENCES.engineeringDepartment }),
    );
  }
  return findings;
}
