import { canvas, type CanvasMessageKey } from "@/lib/i18n/dictionaries/canvas";
import type { Locale } from "@/lib/i18n/locales";

export type CanvasTranslate = (key: CanvasMessageKey, params?: Record<string, string | number>) => string;

/**
 * Looks up the editor's own dictionary. The app's `translator` will include these keys once the
 * dictionary is merged into lib/i18n/translate.ts; the editor keeps this narrow type either way.
 */
export function canvasTranslator(locale: Locale): CanvasTranslate {
  const dictionary: Record<string, string> = canvas[locale];
  return (key, params) => {
    const template = dictionary[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}
