/**
 * The demo organisation exists only for the embedded SQLite default (or when an operator sets
 * ORGPLAN_DEMO=1): a PostgreSQL deployment starts empty.
 */
export const DEMO_EMAIL = "demo@orgplan.local";
export const DEMO_PASSWORD = "orgplan-demo";
export const DEMO_NAME = "Demo User";
export const DEMO_ORGANIZATION = "Ferri Meccatronica S.p.A.";

export function demoEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ORGPLAN_DEMO === "1";
}
