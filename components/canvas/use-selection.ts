"use client";

import { useCallback, useState } from "react";

// One shared empty set, so "nothing selected" is the same object from render to render and the
// flow element cache sees no change.
const EMPTY: ReadonlySet<string> = new Set<string>();

export interface SelectionChange {
  nodes?: Map<string, boolean>;
  edges?: Map<string, boolean>;
}

/**
 * Which cards and lines are selected, and which cards are highlighted (search hits, a finding's
 * cards). Picking anything by hand ends the highlight.
 */
export function useSelection() {
  const [selectedNodes, setSelectedNodes] = useState<ReadonlySet<string>>(EMPTY);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(EMPTY);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(EMPTY);

  const select = useCallback((ids: readonly string[]) => {
    setSelectedNodes(new Set(ids));
    setSelectedEdges(EMPTY);
  }, []);

  const selectOnly = useCallback(
    (id: string) => {
      select([id]);
      setHighlighted(EMPTY);
    },
    [select],
  );

  const selectLine = useCallback((id: string) => {
    setSelectedNodes(EMPTY);
    setSelectedEdges(new Set([id]));
  }, []);

  const deselectLines = useCallback(() => setSelectedEdges(EMPTY), []);

  const highlight = useCallback((ids: readonly string[]) => setHighlighted(new Set(ids)), []);

  /** React Flow's own selection changes (click, shift-click, box select), merged into ours. */
  const onSelect = useCallback((change: SelectionChange) => {
    const apply = (current: ReadonlySet<string>, updates: Map<string, boolean> | undefined) => {
      if (updates === undefined) return current;
      const next = new Set(current);
      for (const [id, on] of updates) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    };
    setSelectedNodes((current) => apply(current, change.nodes));
    setSelectedEdges((current) => apply(current, change.edges));
    setHighlighted(EMPTY);
  }, []);

  return { selectedNodes, selectedEdges, highlighted, select, selectOnly, selectLine, deselectLines, highlight, onSelect };
}
