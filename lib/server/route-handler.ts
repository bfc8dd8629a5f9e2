import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { db, type Db } from "./db";
import { AppError } from "./errors";
import { toActionError, validationError } from "./safe-action";
import { requireUser, type CurrentUser } from "./session";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function jsonError(status: number, code: string, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status });
}

/** Route handlers: authenticate, parse and cap the body, validate with zod, map errors to statuses. */
export function authedRoute<P, S extends z.ZodType | null>(
  schema: S,
  handler: (ctx: { user: CurrentUser; db: Db; params: P; body: S extends z.ZodType ? z.output<S> : null; request: Request }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireUser();
      let body: unknown = null;
      if (schema) {
        const text = await request.text();
        if (text.length > MAX_BODY_BYTES) return jsonError(413, "too-large", "The request is too large.");
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return jsonError(400, "invalid", "The request body is not valid JSON.");
        }
        const parsed = schema.safeParse(json);
        if (!parsed.success) {
          const error = validationError(parsed.error);
          return jsonError(400, error.code, error.message, { fields: error.fields });
        }
        body = parsed.data;
      }
      const params = await context.params;
      return await handler({ user, db: db(), params, body: body as S extends z.ZodType ? z.output<S> : null, request });
    } catch (error) {
      const mapped = toActionError(error);
      const status = error instanceof AppError ? error.status : 500;
      const details = error instanceof AppError && error.details !== undefined ? { details: error.details } : undefined;
      return jsonError(status, mapped.code, mapped.message, details);
    }
  };
}
