"use client";

import { createContext, useContext } from "react";

/**
 * Actions a card can trigger on its own (collapse, add report, open its comments). Passed by context rather than in
 * node data so that data stays stable and memoised cards do not re-render on every edit.
 */
export interface CanvasActions {
  toggleCollapsed(nodeId: string): void;
  addReport(nodeId: string): void;
  /** Opens the comments panel on the card's thread. */
  openComments(nodeId: string): void;
}

const noop: CanvasActions = { toggleCollapsed: () => undefined, addReport: () => undefined, openComments: () => undefined };

const CanvasActionsContext = createContext<CanvasActions>(noop);

export const CanvasActionsProvider = CanvasActionsContext.Provider;

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
