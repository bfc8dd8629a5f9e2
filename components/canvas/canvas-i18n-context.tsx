"use client";

import { createContext, useContext } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { canvasTranslator, type CanvasTranslate } from "./canvas-translate";

interface CanvasI18n {
  locale: Locale;
  t: CanvasTranslate;
}

const CanvasI18nContext = createContext<CanvasI18n>({ locale: "en", t: canvasTranslator("en") });

export const CanvasI18nProvider = CanvasI18nContext.Provider;

/** The UI language and translate function of the editor, for any component below ChartEditor. */
export function useCanvasI18n(): CanvasI18n {
  return useContext(CanvasI18nContext);
}
