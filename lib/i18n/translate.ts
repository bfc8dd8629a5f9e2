import { app } from "./dictionaries/app";
import { canvas } from "./dictionaries/canvas";
import { classifier } from "./dictionaries/classifier";
import { decisions } from "./dictionaries/decisions";
import { io } from "./dictionaries/io";
import { security } from "./dictionaries/security";
import type { Locale } from "./locales";

/**
 * All dictionaries merged. Each feature owns one file under dictionaries/ with the same keys in
 * both languages; the type below makes a key missing in Italian a compile error.
 */
const dictionaries = {
  en: { ...app.en, ...canvas.en, ...classifier.en, ...decisions.en, ...io.en, ...security.en },
  it: { ...app.it, ...canvas.it, ...classifier.it, ...decisions.it, ...io.it, ...security.it },
} satisfies Record<Locale, Record<string, string>>;

export type MessageKey = keyof typeof dictionaries.en;
type SameKeys = typeof dictionaries.it extends Record<MessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const dictionary: Record<string, string> = dictionaries[locale];
  return (key, params) => {
    const template = dictionary[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}
