"use client";

import { indexChart } from "@/lib/org/chart-index";
import type { Chart } from "@/lib/org/types";
import type { Finding } from "@/lib/rules";
import { NodeInspector, type ApplyEdit } from "./node-inspector";
import { useCanvasI18n } from "./canvas-i18n-context";

/** The side panel: the inspector of the one selected card, or a hint when none or many are selected. */
export function InspectorPanel({
  chart,
  selectedNodes,
  canEdit,
  apply,
  findings,
  focusTitleOf,
  onFieldBlur,
}: {
  chart: Chart;
  selectedNodes: ReadonlySet<string>;
  canEdit: boolean;
  apply: ApplyEdit;
  findings: readonly Finding[];
  focusTitleOf: string | null;
  onFieldBlur: () => void;
}) {
  const { t } = useCanvasI18n();
  const only = selectedNodes.size === 1 ? indexChart(chart).nodeById.get([...selectedNodes][0] as string) : undefined;
  const mine = only === undefined ? [] : findings.filter((f) => f.nodes.includes(only.id));
  return (
    <section className="oc-panel oc-inspector" aria-labelledby="oc-inspector-heading" onBlur={onFieldBlur}>
      <header className="oc-panel-header">
        <h2 id="oc-inspector-heading">{t("canvas.inspector")}</h2>
      </header>
      {only === undefined ? (
        <p className="oc-muted" data-testid="inspector-empty">
          {selectedNodes.size > 1 ? t("canvas.inspector.many", { count: selectedNodes.size }) : t("canvas.inspector.empty")}
        </p>
      ) : (
        <>
          <NodeInspector key={only.id} node={only} canEdit={canEdit} apply={apply} autoFocusTitle={focusTitleOf === only.id} />
          {mine.length > 0 && (
            <div className="oc-node-findings">
              <h3 className="oc-subheading">{t("canvas.inspector.findings")}</h3>
              <ul>
                {mine.map((finding, i) => (
                  <li key={i} className={`oc-sev-border-${finding.severity}`}>
                    {finding.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
