"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createUser, revokeAllSessions, setLocale } from "@/lib/server/data/users";
import { getCurrentUser } from "@/lib/server/session";
import { db } from "@/lib/server/db";
import { authedAction, publicAction } from "@/lib/server/safe-action";
import { email, locale, password, personName } from "@/lib/server/schemas";

export const signUpAction = publicAction(
  z.object({ name: personName, email, password, locale: locale.optional() }),
  async (input, ctx) => {
    const user = await createUser(ctx.db, input);
    return { email: user.email };
  },
);

/** Remembers the language in a cookie, and for a signed-in user on their account too. */
export async function setLanguageAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = locale.safeParse(input);
  if (!parsed.success) return { ok: false };
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setLocale(db(), user, parsed.data);
  return { ok: true };
}

/** "Sign out of all devices": every existing session token stops working at its next request. */
export const signOutEverywhereAction = authedAction(z.object({}), async (_input, { user, db }) => {
  await revokeAllSessions(db, user);
  return null;
});
