"use client";

import { useCanvasI18n } from "./canvas-i18n-context";
import type { FindingBadge } from "./flow-types";

/** The number of findings naming a card, coloured by the worst of them. */
export function FindingsBadge({ findings }: { findings: FindingBadge }) {
  const { t } = useCanvasI18n();
  const label = t("canvas.node.findings", { count: findings.count, severity: t(`canvas.severity.${findings.worst}`) });
  return (
    <span className={`oc-findings-badge oc-sev-${findings.worst}`} data-testid="findings-badge" data-severity={findings.worst} title={label} aria-label={label}>
      {findings.worst === "info" ? "i" : "!"} {findings.count}
    </span>
  );
}
