"use client";

import { useCanvasActions } from "./canvas-actions-context";
import { useCanvasI18n } from "./canvas-i18n-context";

/** The "−" / "+N" button under a manager's card that hides or shows its reports. */
export function CollapseToggle({ nodeId, collapsed, hiddenCount }: { nodeId: string; collapsed: boolean; hiddenCount: number }) {
  const { t } = useCanvasI18n();
  const { toggleCollapsed } = useCanvasActions();
  const label = collapsed ? t("canvas.node.expand", { count: hiddenCount }) : t("canvas.node.collapse");
  return (
    <button
      type="button"
      className="oc-collapse nodrag"
      data-testid="collapse-toggle"
      aria-label={label}
      title={label}
      aria-expanded={!collapsed}
      onClick={(event) => {
        event.stopPropagation();
        toggleCollapsed(nodeId);
      }}
    >
      {collapsed ? `+${hiddenCount}` : "−"}
    </button>
  );
}
