import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { db, type Db } from "./db";
import { AppError } from "./errors";
import { toActionError, validationError } from "./safe-action";
import { CHART_LIMITS } from "../org/limits";
import { id } from "./schemas";
import { requireRouteUser, type CurrentUser } from "./session";

const MAX_BODY_BYTES = CHART_LIMITS.requestBytes;

/**
 * Browsers send Origin on cross-site POSTs; a write must come from our own pages. Requests without
 * Origin (scripts, the CLI with a session cookie) are judged by the session cookie's SameSite=Lax.
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function jsonError(status: number, code: string, message: string, extra?: Record<string, unknown>) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status });
}

/**
 * Route handlers: authenticate, check the route's ids, refuse cross-site writes, cap and parse the
 * body, validate it with zod, and map errors to statuses. Ids that cannot exist are "not found",
 * like ids of someone else's objects.
 */
export function authedRoute<P extends Record<string, string>, S extends z.ZodType | null>(
  schema: S,
  handler: (ctx: { user: CurrentUser; db: Db; params: P; body: S extends z.ZodType ? z.output<S> : null; request: Request }) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireRouteUser();
      const params = await context.params;
      if (Object.values(params).some((value) => !id.safeParse(value).success)) return jsonError(404, "not-found", "Not found");
      let body: unknown = null;
      if (schema) {
        if (!sameOrigin(request)) return jsonError(403, "forbidden", "Cross-site requests are not allowed.");
        if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
          return jsonError(415, "unsupported-media-type", "Send the request body as application/json.");
        }
        const declared = Number(request.headers.get("content-length") ?? "0");
        if (declared > MAX_BODY_BYTES) return jsonError(413, "too-large", "The request is too large.");
        const bytes = new Uint8Array(await request.arrayBuffer());
        if (bytes.byteLength > MAX_BODY_BYTES) return jsonError(413, "too-large", "The request is too large.");
        const text = new TextDecoder().decode(bytes);
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
      return await handler({ user, db: db(), params, body: body as S extends z.ZodType ? z.output<S> : null, request });
    } catch (error) {
      const mapped = toActionError(error);
      const status = error instanceof AppError ? error.status : 500;
      const details = error instanceof AppError && error.details !== undefined ? { details: error.details } : undefined;
      return jsonError(status, mapped.code, mapped.message, details);
    }
  };
}
