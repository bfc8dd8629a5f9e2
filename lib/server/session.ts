import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./auth-options";
import type { Actor } from "./data/actor";
import { AppError } from "./errors";
import { currentOrigin } from "./request-origin";

export interface CurrentUser extends Actor {
  name: string;
  email: string;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; name?: string; email?: string } | undefined;
  if (!user?.id) return null;
  return { userId: user.id, name: user.name ?? "", email: user.email ?? "", origin: await currentOrigin() };
}

/** For pages: signed-out visitors go to the sign-in page and come back afterwards. */
export async function requirePageUser(callbackPath: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For actions and routes: signed-out requests are refused. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Please sign in.");
  return user;
}
