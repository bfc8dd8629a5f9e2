"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { recordFailure, secondsUntilAllowed } from "@/lib/server/data/rate-limits";
import { changePassword, createUser, deleteAccount, revokeAllSessions, setLocale } from "@/lib/server/data/users";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/password";
import { assertAcceptablePassword } from "@/lib/server/password-rules";
import { resolveLocale } from "@/lib/server/locale";
import { currentOrigin, servedOverHttps } from "@/lib/server/request-origin";
import { getCurrentUser } from "@/lib/server/session";
import { authedAction, publicAction } from "@/lib/server/safe-action";
import { email, locale, password, personName } from "@/lib/server/schemas";

/** Every sign-up counts against the client's address, so nobody mass-creates accounts. */
export const signUpAction = publicAction(
  z.object({ name: personName, email, password, locale: locale.optional() }),
  async (input, ctx) => {
    const t = translator(input.locale ?? "en");
    const key = { kind: "signup" as const, value: (await currentOrigin()).address ?? "unknown" };
    const wait = await secondsUntilAllowed(ctx.db, [key]);
    if (wait > 0) throw new AppError("rate-limited", t("security.signUpLimited", { minutes: Math.ceil(wait / 60) }), { retryAfter: wait });
    assertAcceptablePassword(input.password, input.email, input.locale ?? "en");
    await recordFailure(ctx.db, [key]);
    const user = await createUser(ctx.db, input);
    return { email: user.email };
  },
);

/** Remembers the language in a cookie, and for a signed-in user on their account too. */
export async function setLanguageAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = locale.safeParse(input);
  if (!parsed.success) return { ok: false };
  const jar = await cookies();
  jar.set(LOCALE_COOKIE, parsed.data, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", secure: servedOverHttps() });
  const user = await getCurrentUser();
  if (user) await setLocale(db(), user, parsed.data);
  return { ok: true };
}

/** "Sign out of all devices": every existing session token stops working at its next request. */
export const signOutEverywhereAction = authedAction(z.object({}), async (_input, { user, db }) => {
  await revokeAllSessions(db, user);
  return null;
});

/** Ends every session; the form then signs in again with the new password on this device only. */
export const changePasswordAction = authedAction(
  z.object({ currentPassword: password, newPassword: password }),
  async ({ currentPassword, newPassword }, { user, db }) => {
    const locale = await resolveLocale(user);
    assertAcceptablePassword(newPassword, user.email, locale);
    const outcome = await changePassword(db, user, currentPassword, await hashPassword(newPassword));
    if (outcome === "wrong-password") throw new AppError("invalid", translator(locale)("security.wrongCurrentPassword"));
    return { email: user.email };
  },
);

export const deleteAccountAction = authedAction(z.object({ password }), async ({ password: typed }, { user, db }) => {
  const outcome = await deleteAccount(db, user, typed);
  if (outcome === "wrong-password") throw new AppError("invalid", translator(await resolveLocale(user))("security.wrongCurrentPassword"));
  return null;
});
