import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { db, type Db } from "./db";
import { AppError } from "./errors";
import { toActionError, validationError } from "./safe-action";
import { CHART_LIMITS } from "../org/limits";
import { id } from "./schemas";
import { requireRouteSession, requireRouteUser, type CurrentUser } from "./session";
import { requireSessionChartAccess, type ChartAccess } from "./data/access";
import type { Action } from "./permissions";
import type { RouteSession } from "./data/actor";

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

type Body<S> = S extends z.ZodType ? z.output<S> : null;

/**
 * Route handlers: authenticate, check the route's ids, refuse cross-site writes, cap and parse the
 * body, validate it with zod, and map errors to statuses. Ids that cannot exist are "not found",
 * like ids of someone else's objects.
 */
export function authedRoute<P extends Record<string, string>, S extends z.ZodType | null>(
  schema: S,
  handler: (ctx: { user: CurrentUser; db: Db; params: P; body: Body<S>; request: Request }) => Promise<Response>,
) {
  return route<P, S, CurrentUser>(schema, requireRouteUser, async (user, request, params, body) => handler({ user, db: db(), params, body, request }));
}

/**
 * The live routes of one chart (edits, presence, its event stream): the session's revocation and the caller's access
 * to the chart, for `action` (which may depend on the body), are checked in one statement.
 */
export function authedChartRoute<S extends z.ZodType | null>(
  schema: S,
  action: Action | ((body: Body<S>) => Action),
  handler: (ctx: { user: CurrentUser; access: ChartAccess; session: RouteSession; db: Db; body: Body<S>; request: Request }) => Promise<Response>,
) {
  return route<{ chartId: string }, S, RouteSession>(schema, requireRouteSession, async (session, request, params, body) => {
    const wanted = typeof action === "function" ? action(body) : action;
    const { user, access } = await requireSessionChartAccess(db(), session, params.chartId, wanted);
    return handler({ user, access, session, db: db(), body, request });
  });
}

function route<P extends Record<string, string>, S extends z.ZodType | null, A>(
  schema: S,
  authenticate: () => Promise<A>,
  handle: (auth: A, request: Request, params: P, body: Body<S>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      // Unauthenticated callers are refused before anything is read from the request.
      const auth = await authenticate();
      const params = await context.params;
      if (Object.values(params).some((value) => !id.safeParse(value).success)) return jsonError(404, "not-found", "Not found");
      let body: unknown = null;
      if (schema) {
        const read = await readBody(request, schema);
        if (read instanceof Response) return read;
        body = read.data;
      }
      return await handle(auth, request, params, body as Body<S>);
    } catch (error) {
      const mapped = toActionError(error);
      const status = error instanceof AppError ? error.status : 500;
      const details = error instanceof AppError && error.details !== undefined ? { details: error.details } : undefined;
      return jsonError(status, mapped.code, mapped.message, details);
    }
  };
}

async function readBody(request: Request, schema: z.ZodType): Promise<Response | { data: unknown }> {
  if (!sameOrigin(request)) return jsonError(403, "forbidden", "Cross-site requests are not allowed.");
  if (!request.headers.get("content-type")?.toLowerCase().startsWith("application/json")) {
    return jsonError(415, "unsupported-media-type", "Send the request body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return jsonError(413, "too-large", "The request is too large.");
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) return jsonError(413, "too-large", "The request is too large.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return jsonError(400, "invalid", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const error = validationError(parsed.error);
    return jsonError(400, error.code, error.message, { fields: error.fields });
  }
  return { data: parsed.data };
}
