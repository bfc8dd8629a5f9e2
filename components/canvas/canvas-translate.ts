import type { CanvasMessageKey } from "@/lib/i18n/dictionaries/canvas";
import type { ClassifierMessageKey } from "@/lib/i18n/dictionaries/classifier";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

/** The editor's view of the app translator: only its own keys, so a typo is a compile error. */
export type CanvasTranslate = (key: CanvasMessageKey | ClassifierMessageKey, params?: Record<string, string | number>) => string;

export function canvasTranslator(locale: Locale): CanvasTranslate {
  return translator(locale);
}
