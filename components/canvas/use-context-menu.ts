"use client";

import { useCallback, useMemo, useState } from "react";
import { indexChart } from "@/lib/org/chart-index";
import type { Chart, OrgNode } from "@/lib/org/types";
import type { VisibleSubgraph } from "@/lib/org/visible-subgraph";
import { useCanvasI18n } from "./canvas-i18n-context";
import type { MenuItem } from "./context-menu";

export interface MenuTarget {
  kind: "card" | "line";
  id: string;
  x: number;
  y: number;
}

export interface ContextMenuInputs {
  chart: Chart;
  canEdit: boolean;
  visible: VisibleSubgraph;
  isCollapsed: (node: OrgNode) => boolean;
  setCollapsed: (ids: readonly string[], collapsed: boolean) => void;
  select: (ids: readonly string[]) => void;
  selectLine: (id: string) => void;
  addReport: (managerId: string) => void;
  deleteSelection: () => void;
  toggleEdgeKind: () => void;
}

/**
 * The right-click menu of a card or a line. Opening it selects what was clicked, so its items
 * act on the selection like the toolbar's buttons do. Viewers only get folding.
 */
export function useContextMenu({
  chart,
  canEdit,
  visible,
  isCollapsed,
  setCollapsed,
  select,
  selectLine,
  addReport,
  deleteSelection,
  toggleEdgeKind,
}: ContextMenuInputs) {
  const { t } = useCanvasI18n();
  const [menu, setMenu] = useState<MenuTarget | null>(null);

  const openMenu = useCallback(
    (target: MenuTarget) => {
      if (target.kind === "card") select([target.id]);
      else selectLine(target.id);
      setMenu(target);
    },
    [select, selectLine],
  );
  const closeMenu = useCallback(() => setMenu(null), []);

  const menuItems = useMemo((): MenuItem[] => {
    if (menu === null) return [];
    const index = indexChart(chart);
    if (menu.kind === "line") {
      const line = index.edgeById.get(menu.id);
      if (line === undefined || !canEdit) return [];
      return [
        { label: t(line.kind === "dotted" ? "canvas.makeSolid" : "canvas.makeDotted"), testId: "menu-toggle-edge-kind", onSelect: toggleEdgeKind },
        { label: t("canvas.delete"), testId: "menu-delete", onSelect: deleteSelection },
      ];
    }
    const node = index.nodeById.get(menu.id);
    if (node === undefined) return [];
    const items: MenuItem[] = [];
    if (canEdit) items.push({ label: t("canvas.addReport"), testId: "menu-add-report", onSelect: () => addReport(node.id) });
    if ((index.reportsOf.get(node.id)?.length ?? 0) > 0) {
      const folded = isCollapsed(node);
      const label = folded ? t("canvas.node.expand", { count: visible.hiddenCount.get(node.id) ?? 0 }) : t("canvas.node.collapse");
      items.push({ label, testId: "menu-toggle-collapse", onSelect: () => setCollapsed([node.id], !folded) });
    }
    if (canEdit) items.push({ label: t("canvas.delete"), testId: "menu-delete", onSelect: deleteSelection });
    return items;
  }, [addReport, canEdit, chart, deleteSelection, isCollapsed, menu, setCollapsed, t, toggleEdgeKind, visible]);

  const menuLabel =
    menu === null ? "" : menu.kind === "card" ? t("canvas.menu", { title: indexChart(chart).nodeById.get(menu.id)?.title ?? "" }) : t("canvas.menuLine");

  return { menu, menuItems, menuLabel, openMenu, closeMenu };
}
