import "server-only";
import { type z } from "zod";
import { db, type Db } from "./db";
import { AppError } from "./errors";
import { requireUser, type CurrentUser } from "./session";

export type ActionError = { code: string; message: string; fields?: Record<string, string[] | undefined> };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/**
 * Every server action goes through here: authenticate, validate with zod, call the data layer
 * (which authorises), and turn failures into a result the UI can show. Unexpected errors are
 * logged on the server and reported generically, never with their internals.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { user: CurrentUser; db: Db }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await requireUser();
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      return { ok: true, data: await handler(parsed.data, { user, db: db() }) };
    } catch (error) {
      return { ok: false, error: toActionError(error) };
    }
  };
}

/** For the few actions a signed-out visitor may call (sign-up). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: { db: Db }) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      return { ok: true, data: await handler(parsed.data, { db: db() }) };
    } catch (error) {
      return { ok: false, error: toActionError(error) };
    }
  };
}

export function validationError(error: z.ZodError): ActionError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  const first = error.issues[0];
  const where = first?.path.length ? `${first.path.join(".")}: ` : "";
  return { code: "invalid", message: `${where}${first?.message ?? "Invalid input"}`, fields };
}

export function toActionError(error: unknown): ActionError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  console.error("[orgplan] unexpected error in action", error);
  return { code: "internal", message: "Something went wrong. Please try again." };
}
