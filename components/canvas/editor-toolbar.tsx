"use client";

import type { ReactNode } from "react";
import type { EdgeKind } from "@/lib/org/types";
import { useCanvasI18n } from "./canvas-i18n-context";
import type { CanvasMessageKey } from "@/lib/i18n/dictionaries/canvas";

export type EditorView = "chart" | "matrix";

export interface ToolbarProps {
  heading: ReactNode;
  canEdit: boolean;
  view: EditorView;
  selectedNodeCount: number;
  /** Kind of the single selected line, if a line is selected. */
  selectedEdgeKind: EdgeKind | null;
  canUndo: boolean;
  canRedo: boolean;
  compact: boolean;
  findingsCount: number;
  findingsOpen: boolean;
  versionsOpen: boolean;
  commentsOpen: boolean;
  /** Null when the chart is not a proposal. */
  proposalOpen: boolean | null;
  onToggleProposal: () => void;
  /** Comments in open threads. */
  commentsCount: number;
  search: ReactNode;
  status: ReactNode;
  onAddNode: () => void;
  onAddDepartment: () => void;
  onAddReport: () => void;
  onDelete: () => void;
  onToggleEdgeKind: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onLayout: () => void;
  onToggleCompact: () => void;
  onFit: () => void;
  onView: (view: EditorView) => void;
  onToggleFindings: () => void;
  onToggleVersions: () => void;
  onToggleComments: () => void;
  /** Starts presentation mode; null when there is nothing to present. */
  onPresent: (() => void) | null;
}

/** The row of commands above the canvas. Edit commands are absent, not just disabled, for viewers. */
export function EditorToolbar(props: ToolbarProps) {
  const { t } = useCanvasI18n();
  const onChart = props.view === "chart";
  return (
    <div className="oc-toolbar" role="toolbar" aria-label={t("canvas.toolbar")}>
      {props.heading}
      {props.canEdit && onChart && (
        <div className="oc-tool-group">
          <ToolButton testId="add-node" label="canvas.addNode" hint="canvas.addNodeHint" onClick={props.onAddNode} />
          <ToolButton testId="add-department" label="canvas.addDepartment" hint="canvas.addDepartmentHint" onClick={props.onAddDepartment} />
          <ToolButton
            testId="add-report"
            label="canvas.addReport"
            hint="canvas.addReportHint"
            onClick={props.onAddReport}
            disabled={props.selectedNodeCount !== 1}
          />
          <ToolButton
            testId="delete-selection"
            label="canvas.delete"
            hint="canvas.deleteHint"
            onClick={props.onDelete}
            disabled={props.selectedNodeCount === 0 && props.selectedEdgeKind === null}
          />
          {props.selectedEdgeKind !== null && (
            <ToolButton
              testId="toggle-edge-kind"
              label={props.selectedEdgeKind === "dotted" ? "canvas.makeSolid" : "canvas.makeDotted"}
              hint="canvas.lineKindHint"
              onClick={props.onToggleEdgeKind}
            />
          )}
        </div>
      )}
      {props.canEdit && (
        <div className="oc-tool-group">
          <ToolButton testId="undo" label="canvas.undo" hint="canvas.undoHint" onClick={props.onUndo} disabled={!props.canUndo} icon="↶" />
          <ToolButton testId="redo" label="canvas.redo" hint="canvas.redoHint" onClick={props.onRedo} disabled={!props.canRedo} icon="↷" />
        </div>
      )}
      {onChart && (
        <div className="oc-tool-group">
          {props.canEdit && <ToolButton testId="auto-layout" label="canvas.layout" hint="canvas.layoutHint" onClick={props.onLayout} />}
          {props.canEdit && (
            <label className="oc-check" title={t("canvas.compactHint")}>
              <input type="checkbox" checked={props.compact} onChange={props.onToggleCompact} data-testid="compact-toggle" />
              {t("canvas.compact")}
            </label>
          )}
          <ToolButton testId="zoom-fit" label="canvas.fit" hint="canvas.fitHint" onClick={props.onFit} />
        </div>
      )}
      {onChart && <div className="oc-tool-group oc-grow">{props.search}</div>}
      {!onChart && <div className="oc-grow" />}
      <div className="oc-tool-group" role="group">
        <button
          type="button"
          className={`oc-button ${onChart ? "is-active" : ""}`}
          aria-pressed={onChart}
          data-testid="view-chart"
          onClick={() => props.onView("chart")}
        >
          {t("canvas.viewChart")}
        </button>
        <button
          type="button"
          className={`oc-button ${onChart ? "" : "is-active"}`}
          aria-pressed={!onChart}
          data-testid="view-matrix"
          title={t("canvas.viewMatrixHint")}
          onClick={() => props.onView("matrix")}
        >
          {t("canvas.viewMatrix")}
        </button>
        <PanelToggle testId="toggle-findings" open={props.findingsOpen} onClick={props.onToggleFindings}>
          {t("canvas.findingsCount", { count: props.findingsCount })}
        </PanelToggle>
        <PanelToggle testId="toggle-versions" open={props.versionsOpen} onClick={props.onToggleVersions}>
          {t("canvas.versions.toggle")}
        </PanelToggle>
        {props.proposalOpen !== null && (
          <PanelToggle testId="toggle-proposal" open={props.proposalOpen} onClick={props.onToggleProposal}>
            {t("canvas.proposal.toggle")}
          </PanelToggle>
        )}
        <PanelToggle testId="toggle-comments" open={props.commentsOpen} onClick={props.onToggleComments}>
          {t("canvas.comments.toggle", { count: props.commentsCount })}
        </PanelToggle>
        <button
          type="button"
          className="oc-button"
          data-testid="present"
          title={t(props.onPresent === null ? "canvas.present.none" : "canvas.present.startHint")}
          disabled={props.onPresent === null}
          onClick={props.onPresent ?? undefined}
        >
          {t("canvas.present.start")}
        </button>
      </div>
      {!props.canEdit && <span className="oc-readonly">{t("canvas.readOnly")}</span>}
      {props.status}
    </div>
  );
}

function ToolButton({
  testId,
  label,
  hint,
  onClick,
  disabled = false,
  icon,
}: {
  testId: string;
  label: CanvasMessageKey;
  hint: CanvasMessageKey;
  onClick: () => void;
  disabled?: boolean;
  /** Shown instead of the label (which then names the button for assistive technology). */
  icon?: string;
}) {
  const { t } = useCanvasI18n();
  return (
    <button
      type="button"
      className={icon === undefined ? "oc-button" : "oc-button oc-icon-label"}
      data-testid={testId}
      title={t(hint)}
      aria-label={icon === undefined ? undefined : t(label)}
      onClick={onClick}
      disabled={disabled}
    >
      {icon ?? t(label)}
    </button>
  );
}

/** Opens and closes one of the side panels; pressed while it is open. */
function PanelToggle({ testId, open, onClick, children }: { testId: string; open: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className={`oc-button ${open ? "is-active" : ""}`} aria-pressed={open} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}
