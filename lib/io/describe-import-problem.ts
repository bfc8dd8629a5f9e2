import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { IMPORT_LIMITS } from "./import-limits";
import type { ImportProblem } from "./import-problem";

/** One problem as a sentence that says where it is: "Row 7, column “Responsabile”: …". */
export function describeImportProblem(problem: ImportProblem, locale: Locale): string {
  const t = translator(locale);
  const where =
    problem.row !== undefined && problem.column !== undefined
      ? t("io.problem.where", { row: problem.row, column: problem.column })
      : problem.row !== undefined
        ? t("io.problem.whereRow", { row: problem.row })
        : "";
  return where + t(`io.problem.${problem.code}`, problem.params);
}

/** The first problems one per line, then how many more there are. */
export function describeImportProblems(problems: readonly ImportProblem[], locale: Locale): string[] {
  const listed = problems.slice(0, IMPORT_LIMITS.listedProblems).map((problem) => describeImportProblem(problem, locale));
  if (problems.length > listed.length) listed.push(translator(locale)("io.problem.more", { count: problems.length - listed.length }));
  return listed;
}
