import { indexChart } from "../../org/chart-index";
import type { Chart, OrgNode } from "../../org/types";
import { translator } from "../../i18n/translate";
import type { Lang } from "../catalog";
import { isDutyId } from "../catalog";
import { dutyName, nodeName } from "../messages";

/**
 * What a fix changes, in a few sentences a reader can check against the chart: new and removed
 * cards, roles, managers, and responsibilities taken, given or decided. Position-only changes are
 * not worth a line.
 */
export function describeChanges(before: Chart, after: Chart, lang: Lang): string[] {
  const t = translator(lang);
  const was = indexChart(before);
  const now = indexChart(after);
  const name = (node: OrgNode | undefined) => nodeName(node, lang);
  const lines: string[] = [];
  for (const node of after.nodes) {
    const old = was.nodeById.get(node.id);
    const managerId = now.managerOf.get(node.id);
    const manager = managerId === undefined ? undefined : now.nodeById.get(managerId);
    if (old === undefined) {
      lines.push(manager === undefined ? t("decisions.change.addRoot", { node: name(node) }) : t("decisions.change.addNode", { node: name(node), manager: name(manager) }));
      continue;
    }
    if (old === node && was.managerOf.get(node.id) === managerId) continue;
    if (old.role !== node.role) {
      lines.push(node.role === null ? t("decisions.change.roleCleared", { node: name(node) }) : t("decisions.change.role", { node: name(node), role: node.role }));
    }
    if (was.managerOf.get(node.id) !== managerId) {
      lines.push(manager === undefined ? t("decisions.change.noManager", { node: name(node) }) : t("decisions.change.manager", { node: name(node), manager: name(manager) }));
    }
    if (old.responsibilities === node.responsibilities) continue;
    const oldById = new Map(old.responsibilities.map((r) => [r.id, r]));
    const newIds = new Set(node.responsibilities.map((r) => r.id));
    for (const r of old.responsibilities) if (!newIds.has(r.id)) lines.push(t("decisions.change.dropResponsibility", { node: name(node), text: r.text }));
    for (const r of node.responsibilities) {
      const previous = oldById.get(r.id);
      if (previous === undefined) {
        lines.push(t("decisions.change.addResponsibility", { node: name(node), text: r.text, duty: isDutyId(r.duty) ? dutyName(r.duty, lang) : "?" }));
      } else if (previous.duty !== r.duty) {
        lines.push(
          isDutyId(r.duty)
            ? t("decisions.change.setDuty", { node: name(node), text: r.text, duty: dutyName(r.duty, lang) })
            : t("decisions.change.noDuty", { node: name(node), text: r.text }),
        );
      }
    }
  }
  for (const node of before.nodes) if (!now.nodeById.has(node.id)) lines.push(t("decisions.change.removeNode", { node: name(node) }));
  return lines;
}
