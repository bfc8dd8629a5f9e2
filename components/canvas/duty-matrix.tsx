"use client";

import { useMemo } from "react";
import { indexChart } from "@/lib/org/chart-index";
import { nodeLabel } from "@/lib/org/apply-ops";
import type { Chart } from "@/lib/org/types";
import { DUTIES, DUTY_IDS, type DutyId } from "@/lib/rules/catalog";
import { dutyHoldings, type Finding } from "@/lib/rules";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * The 15 duties (rows) × the nodes that hold any of them (columns). A row nobody holds is a gap,
 * a row held on both sides of the CIO/CTO split is an overlap. Large type and hard contrast: this
 * view is shown on projectors in meetings. Each filled cell opens that node on the chart.
 */
export function DutyMatrix({ chart, findings, onShowNode }: { chart: Chart; findings: readonly Finding[]; onShowNode: (id: string) => void }) {
  const { t, locale } = useCanvasI18n();
  const holders = useMemo(() => holdersByDuty(chart), [chart]);
  const overlapping = useMemo(() => new Set(findings.filter((f) => f.rule === "overlap").map((f) => f.duty)), [findings]);
  const index = indexChart(chart);
  const columns = chart.nodes.filter((node) => DUTY_IDS.some((duty) => holders.get(duty)?.has(node.id)));

  return (
    <section className="oc-matrix" aria-labelledby="oc-matrix-heading" data-testid="duty-matrix">
      <h2 id="oc-matrix-heading">{t("canvas.matrix.title")}</h2>
      <div className="oc-matrix-legend">
        <span>
          <span className="oc-swatch oc-swatch-held" />
          {t("canvas.matrix.legendHeld")}
        </span>
        <span>
          <span className="oc-swatch oc-swatch-gap" />
          {t("canvas.matrix.legendGap")}
        </span>
        <span>
          <span className="oc-swatch oc-swatch-overlap" />
          {t("canvas.matrix.legendOverlap")}
        </span>
      </div>
      {columns.length === 0 && <p className="oc-muted">{t("canvas.matrix.noHolders")}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t("canvas.matrix.duty")}</th>
            <th scope="col">{t("canvas.matrix.owner")}</th>
            {columns.map((node) => (
              <th key={node.id} scope="col">
                {nodeLabel(node)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DUTY_IDS.map((duty) => {
            const held = holders.get(duty) ?? new Set<string>();
            const gap = held.size === 0;
            const overlap = overlapping.has(duty);
            return (
              <tr
                key={duty}
                className={gap ? "is-gap" : overlap ? "is-overlap" : ""}
                data-testid="matrix-row"
                data-duty={duty}
                data-state={gap ? "gap" : overlap ? "overlap" : "held"}
                title={gap ? t("canvas.matrix.gap") : overlap ? t("canvas.matrix.overlap") : undefined}
              >
                <th scope="row">{DUTIES[duty].label[locale]}</th>
                <td className="oc-owner">{DUTIES[duty].owner}</td>
                {columns.map((node) => (
                  <td key={node.id} className={`oc-cell ${overlap && held.has(node.id) ? "is-overlap" : ""}`}>
                    {held.has(node.id) && (
                      <button
                        type="button"
                        data-testid="matrix-cell"
                        aria-label={t("canvas.matrix.open", { title: nodeLabel(index.nodeById.get(node.id) ?? node) })}
                        title={t("canvas.matrix.open", { title: nodeLabel(node) })}
                        onClick={() => onShowNode(node.id)}
                      >
                        ●
                      </button>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function holdersByDuty(chart: Chart): Map<DutyId, Set<string>> {
  const map = new Map<DutyId, Set<string>>();
  for (const holding of dutyHoldings(chart)) {
    let set = map.get(holding.duty);
    if (set === undefined) map.set(holding.duty, (set = new Set()));
    set.add(holding.nodeId);
  }
  return map;
}
