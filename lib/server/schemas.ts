import { z } from "zod";
import { withoutNul } from "../org/chart-ops";
import { CHART_LIMITS } from "../org/limits";
import { ORG_ROLES } from "./permissions";

/** Input schemas shared by actions and routes, with size caps on everything. */
export const id = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Invalid id");
const NUL = "A NUL character is not allowed";
export const orgName = z.string().trim().min(1, "A name is required").max(120, "At most 120 characters").refine(withoutNul, NUL);
export const chartName = z
  .string()
  .trim()
  .min(1, "A name is required")
  .max(CHART_LIMITS.chartName, `At most ${CHART_LIMITS.chartName} characters`)
  .refine(withoutNul, NUL);
export const email = z.string().trim().max(254).email("Enter a valid email address");
/** A password as typed: only a transport cap here; new passwords meet lib/security/password-policy.ts. */
export const password = z.string().min(1, "Enter a password").max(1024, "At most 1024 characters");
export const personName = z.string().trim().min(1, "A name is required").max(120).refine(withoutNul, NUL);
export const orgRole = z.enum(ORG_ROLES);
export const locale = z.enum(["en", "it"]);
