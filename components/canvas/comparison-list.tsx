"use client";

import { changeTone, type ComparedChange } from "@/lib/org/compare-charts";
import type { Finding } from "@/lib/rules";
import { useCanvasI18n } from "./canvas-i18n-context";
import { changeNodeId, describeChange } from "./describe-comparison";

/** Changes between two charts, coloured as on the canvas; clicking one zooms to its card. */
export function ChangeList({ changes, testId = "compared-change", onShowNode }: { changes: readonly ComparedChange[]; testId?: string; onShowNode: (id: string) => void }) {
  const { t } = useCanvasI18n();
  return (
    <ul>
      {changes.map((change, index) => (
        <li key={index}>
          <button type="button" className={`oc-change oc-change-${changeTone(change)}`} data-testid={testId} data-type={change.type} onClick={() => onShowNode(changeNodeId(change))}>
            {describeChange(change, t)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Findings that appeared or disappeared between two charts. */
export function FindingList({ testId, title, findings }: { testId: string; title: string; findings: readonly Finding[] }) {
  return (
    <div data-testid={testId} data-count={findings.length}>
      <h4>{title}</h4>
      <ul>
        {findings.map((finding, index) => (
          <li key={index} className={`oc-compared-finding oc-sev-border-${finding.severity}`} data-rule={finding.rule}>
            {finding.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
