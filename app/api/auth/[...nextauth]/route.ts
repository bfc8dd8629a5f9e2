import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth-options";
import { db } from "@/lib/server/db";
import { guardCredentialsSignIn } from "@/lib/server/guard-credentials-sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

export const GET = handler;

/** Credentials sign-ins pass the brute-force limiter first; every other next-auth POST goes straight through. */
export async function POST(request: Request, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(request, context);
  return guardCredentialsSignIn(db(), request, (forwarded) => handler(forwarded, context));
}
