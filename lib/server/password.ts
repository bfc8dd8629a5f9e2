import bcrypt from "bcryptjs";

// bcrypt cost 12: ~250 ms here, well above the required minimum of 10 without hurting sign-in.
export const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A hash to compare against when the email is unknown, so both failures take the same time. */
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5xq5cWcaJmY9n3C7QEXW.0dCxjP3b4a";
