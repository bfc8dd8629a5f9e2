/**
 * Errors the data layer raises on purpose. Each maps to one HTTP status and carries a message
 * safe to show the user; anything else is an unexpected failure and is reported generically.
 */
export type AppErrorCode = "unauthenticated" | "forbidden" | "not-found" | "invalid" | "conflict" | "rate-limited";

const STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  invalid: 400,
  conflict: 409,
  "rate-limited": 429,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const notFound = (what = "Not found") => new AppError("not-found", what);
export const forbidden = (why = "You are not allowed to do this") => new AppError("forbidden", why);
export const invalid = (why: string, details?: unknown) => new AppError("invalid", why, details);
