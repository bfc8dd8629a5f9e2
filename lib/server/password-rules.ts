import "server-only";
import type { Locale } from "../i18n/locales";
import { translator } from "../i18n/translate";
import { checkPassword } from "../security/password-policy";
import { invalid } from "./errors";

/** Refuses a new password that breaks the policy, with a message in the user's language. */
export function assertAcceptablePassword(password: string, email: string, locale: Locale): void {
  const problem = checkPassword(password, { email });
  if (problem) throw invalid(translator(locale)(`security.password.${problem}`), { field: "password", problem });
}
