import { AppError } from "../errors";

/** The AppError code a data-layer call is refused with, or "accepted" when it went through. */
export async function refusalCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "accepted";
}
