import { COMMON_PASSWORDS } from "./common-passwords";

/** NIST SP 800-63B: length limits and a blocklist, no composition rules, no forced rotation. */
export const PASSWORD_LIMITS = { min: 8, max: 128 } as const;

export type PasswordProblem = "too-short" | "too-long" | "common" | "contains-email";

/**
 * What is wrong with a new password, or null when it is acceptable. Length counts characters as
 * people see them (code points), so "è" is one character and an emoji is not two.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_LIMITS.min) return "too-short";
  if (length > PASSWORD_LIMITS.max) return "too-long";
  const folded = password.trim().toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return "common";
  const email = context.email?.trim().toLowerCase();
  if (email && (folded === email || folded === email.split("@")[0])) return "contains-email";
  return null;
}
