"use client";

import { useCallback, useState, type RefObject } from "react";
import type { ReactFlowInstance } from "@xyflow/react";
import type { OpError } from "@/lib/org/apply-ops";
import { indexChart } from "@/lib/org/chart-index";
import type { ChartOp } from "@/lib/org/chart-ops";
import { addReportGesture, connectGesture, createNode, reparentGesture } from "@/lib/org/gestures";
import type { Chart, NodeKind, OrgNode, Position } from "@/lib/org/types";
import { useCanvasI18n } from "./canvas-i18n-context";
import type { DragResult } from "./chart-canvas";
import type { CardNode, LineEdge } from "./flow-types";
import { NODE_SIZE } from "./node-size";

/** Vertical gap between a manager's card and its reports' cards when placing new ones. */
const LEVEL_GAP = 80;
const SIBLING_GAP = 24;

export interface GestureInputs {
  chart: Chart;
  canEdit: boolean;
  edit: (ops: ChartOp[], coalesceKey?: string) => OpError | null;
  flow: ReactFlowInstance<CardNode, LineEdge>;
  /** The canvas's box on screen, whose centre is where the toolbar adds cards. */
  canvasBox: RefObject<HTMLDivElement | null>;
  positionOf: (node: OrgNode) => Position;
  select: (ids: readonly string[]) => void;
  selectedEdges: ReadonlySet<string>;
}

/**
 * The editing gestures on the canvas, turned into chart ops: adding cards and reports, moving
 * by drag or keyboard, dropping a card on another to reparent it, connecting, and switching a
 * line between solid and dotted. (Deleting has its own hook: it may ask first.)
 */
export function useChartGestures({ chart, canEdit, edit, flow, canvasBox, positionOf, select, selectedEdges }: GestureInputs) {
  const { t } = useCanvasI18n();
  // The card being dragged over, lit up as the new manager-to-be.
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  // A card just added: the inspector focuses its title so the user can type over the placeholder.
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);

  const addNodeAt = useCallback(
    (position: Position, kind: NodeKind = "role") => {
      const node = createNode({ title: t(kind === "role" ? "canvas.newNodeTitle" : "canvas.newDepartmentTitle"), kind, position });
      if (edit([{ type: "addNode", node }]) !== null) return;
      select([node.id]);
      setFocusTitleOf(node.id);
    },
    [edit, select, t],
  );

  const addNodeInView = useCallback(
    (kind: NodeKind) => {
      const box = canvasBox.current?.getBoundingClientRect();
      const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
      const { width, height } = NODE_SIZE[kind];
      // Nudge diagonally until the spot is free, so repeated clicks do not stack cards.
      let spot = { x: Math.round(centre.x - width / 2), y: Math.round(centre.y - height / 2) };
      const taken = (p: Position) => chart.nodes.some((n) => n.position !== null && Math.abs(n.position.x - p.x) < 40 && Math.abs(n.position.y - p.y) < 40);
      for (let i = 0; i < 50 && taken(spot); i++) spot = { x: spot.x + 40, y: spot.y + 40 };
      addNodeAt(spot, kind);
    },
    [addNodeAt, canvasBox, chart.nodes, flow],
  );

  const addReport = useCallback(
    (managerId: string) => {
      const index = indexChart(chart);
      const manager = index.nodeById.get(managerId);
      if (manager === undefined) return;
      const base = positionOf(manager);
      const siblings = (index.reportsOf.get(managerId) ?? []).map((id) => index.nodeById.get(id)).filter((n): n is OrgNode => n !== undefined);
      const y = base.y + NODE_SIZE[manager.kind].height + LEVEL_GAP;
      const x = siblings.length === 0 ? base.x : Math.max(...siblings.map((s) => positionOf(s).x)) + NODE_SIZE.role.width + SIBLING_GAP;
      const node = createNode({ title: t("canvas.newNodeTitle"), position: { x, y } });
      // Unfolded in the same gesture, so one undo removes the report and folds the manager again.
      const unfold: ChartOp[] = manager.collapsed ? [{ type: "updateNode", id: managerId, patch: { collapsed: false } }] : [];
      if (edit([...unfold, ...addReportGesture(managerId, node)]) !== null) return;
      select([node.id]);
      setFocusTitleOf(node.id);
    },
    [chart, edit, positionOf, select, t],
  );

  const toggleEdgeKind = useCallback(() => {
    const id = [...selectedEdges][0];
    const line = indexChart(chart).edgeById.get(id ?? "");
    if (line === undefined) return;
    edit([{ type: "updateEdge", id: line.id, patch: { kind: line.kind === "dotted" ? "reports-to" : "dotted" } }]);
  }, [chart, edit, selectedEdges]);

  const onDragEnd = useCallback(
    ({ moves, dropTarget: target }: DragResult) => {
      const index = indexChart(chart);
      const changed = moves.filter((m) => {
        const node = index.nodeById.get(m.id);
        return node !== undefined && (node.position === null || node.position.x !== m.position.x || node.position.y !== m.position.y);
      });
      const first = moves[0];
      if (target !== null && first !== undefined && moves.length === 1) {
        const reparent = reparentGesture(chart, first.id, target);
        const manager = index.nodeById.get(target);
        if (reparent.length > 0 && manager !== undefined) {
          // Dropped on a card: it becomes the manager; the card settles just below it.
          const below = { x: positionOf(manager).x, y: positionOf(manager).y + NODE_SIZE[manager.kind].height + LEVEL_GAP };
          edit([...reparent, { type: "moveNodes", moves: [{ id: first.id, position: below }] }]);
          return;
        }
      }
      if (changed.length > 0) edit([{ type: "moveNodes", moves: changed }]);
    },
    [chart, edit, positionOf],
  );

  const onKeyboardMove = useCallback(
    (moves: DragResult["moves"]) => {
      if (canEdit) edit([{ type: "moveNodes", moves }], "keyboard-move");
    },
    [canEdit, edit],
  );

  const onConnect = useCallback((source: string, target: string) => edit(connectGesture(source, target, "reports-to")), [edit]);

  return { dropTarget, setDropTarget, focusTitleOf, addNodeAt, addNodeInView, addReport, toggleEdgeKind, onDragEnd, onKeyboardMove, onConnect };
}
