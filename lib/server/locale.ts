import "server-only";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "../i18n/locales";
import { findSessionUser } from "./data/users";
import { db } from "./db";
import type { CurrentUser } from "./session";

/** The user's remembered language, else the cookie, else the browser's, else English. */
export async function resolveLocale(user: CurrentUser | null): Promise<Locale> {
  if (user) {
    const stored = (await findSessionUser(db(), user.userId))?.locale;
    if (isLocale(stored)) return stored;
  }
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}
