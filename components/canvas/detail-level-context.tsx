"use client";

import { createContext, useContext } from "react";

/**
 * Whether cards draw their full content or a plain block (zoomed out past DETAIL_ZOOM). One
 * context value flips once when the threshold is crossed, instead of every card watching zoom.
 */
const DetailLevelContext = createContext<"full" | "block">("full");

export const DetailLevelProvider = DetailLevelContext.Provider;

export function useDetailLevel(): "full" | "block" {
  return useContext(DetailLevelContext);
}
