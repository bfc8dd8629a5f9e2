import type { Chart, OrgNode } from "../org/types";
import type { DutyId, Lang } from "./catalog";
import { computeRoleBranches, type RoleBranches } from "./compute-branches";
import { recognizeDepartment, type DepartmentKind } from "./recognize-department";
import { resolveResponsibility, type Classify, type ResolvedResponsibility } from "./resolve-duties";

/** Everything the rules read, computed once per analysis. */
export interface AnalysisContext {
  lang: Lang;
  nodesById: ReadonlyMap<string, OrgNode>;
  roles: RoleBranches;
  /** For each duty, the ids of the nodes holding it (each node once, chart order; a compound text holds all its duties). */
  holders: ReadonlyMap<DutyId, readonly string[]>;
  /** Every responsibility with a non-empty text, resolved, in chart order. */
  responsibilities: readonly { node: OrgNode; index: number; id: string; text: string; resolved: ResolvedResponsibility }[];
  /** Department nodes recognised as IT or engineering. */
  departments: ReadonlyMap<string, DepartmentKind>;
}

export function buildAnalysisContext(chart: Chart, lang: Lang, classify: Classify): AnalysisContext {
  const nodesById = new Map<string, OrgNode>();
  const holders = new Map<DutyId, string[]>();
  const responsibilities: AnalysisContext["responsibilities"][number][] = [];
  const departments = new Map<string, DepartmentKind>();

  for (const node of chart.nodes) {
    nodesById.set(node.id, node);
    const kind = recognizeDepartment(node);
    if (kind.it || kind.engineering) departments.set(node.id, kind);
    node.responsibilities.forEach((responsibility, index) => {
      if (responsibility.text.trim() === "" && responsibility.duty === undefined) return;
      const resolved = resolveResponsibility(responsibility, classify);
      responsibilities.push({ node, index, id: responsibility.id, text: responsibility.text, resolved });
      for (const duty of resolved.duties) {
        const list = holders.get(duty);
        if (list === undefined) holders.set(duty, [node.id]);
        else if (list[list.length - 1] !== node.id) list.push(node.id);
      }
    });
  }
  return { lang, nodesById, roles: computeRoleBranches(chart), holders, responsibilities, departments };
}
