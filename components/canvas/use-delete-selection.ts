"use client";

import { useCallback, useState } from "react";
import type { OpError } from "@/lib/org/apply-ops";
import { indexChart } from "@/lib/org/chart-index";
import type { ChartOp } from "@/lib/org/chart-ops";
import { removeEdgesGesture, removeNodesGesture } from "@/lib/org/gestures";
import type { Chart } from "@/lib/org/types";
import type { DeleteRequest } from "./delete-dialog";

export interface DeleteInputs {
  chart: Chart;
  canEdit: boolean;
  edit: (ops: ChartOp[]) => OpError | null;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  select: (ids: readonly string[]) => void;
  deselectLines: () => void;
}

/**
 * Deleting the selection. Lines and cards without reports go at once; when cards with reports
 * go, the dialog asks first whether the reports move up to the next manager or are left detached.
 */
export function useDeleteSelection({ chart, canEdit, edit, selectedNodes, selectedEdges, select, deselectLines }: DeleteInputs) {
  // The dialog's question, while it is open.
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);

  const deleteNodes = useCallback(
    (ids: string[], mode: "reattach" | "detach") => {
      const ops = [...removeNodesGesture(chart, ids, mode), ...removeEdgesGesture(chart, [...selectedEdges])];
      if (edit(ops) === null) select([]);
    },
    [chart, edit, select, selectedEdges],
  );

  const deleteSelection = useCallback(() => {
    if (!canEdit) return;
    const ids = [...selectedNodes].filter((id) => chart.nodes.some((n) => n.id === id));
    if (ids.length === 0) {
      if (selectedEdges.size > 0 && edit(removeEdgesGesture(chart, [...selectedEdges])) === null) deselectLines();
      return;
    }
    const index = indexChart(chart);
    const removed = new Set(ids);
    const orphans = ids.flatMap((id) => index.reportsOf.get(id) ?? []).filter((id) => !removed.has(id)).length;
    if (orphans === 0) {
      deleteNodes(ids, "detach");
      return;
    }
    const only = ids.length === 1 ? index.nodeById.get(ids[0] as string) : undefined;
    setDeleteRequest({ ids, title: only?.title ?? null, orphanCount: orphans });
  }, [canEdit, chart, deleteNodes, deselectLines, edit, selectedEdges, selectedNodes]);

  const chooseDeleteMode = useCallback(
    (mode: "reattach" | "detach") => {
      if (deleteRequest === null) return;
      deleteNodes(deleteRequest.ids, mode);
      setDeleteRequest(null);
    },
    [deleteNodes, deleteRequest],
  );
  const cancelDelete = useCallback(() => setDeleteRequest(null), []);

  return { deleteSelection, deleteRequest, chooseDeleteMode, cancelDelete };
}
