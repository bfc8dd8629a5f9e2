import { AppError } from "../errors";

/**
 * The session module (lib/server/session.ts) as the action and route tests see it, for
 * `vi.mock("@/lib/server/session", …)`: `current()` is whoever the test has signed in now, or null.
 */
export function sessionMock<User extends object>(current: () => User | null) {
  const required = async (): Promise<User> => {
    const user = current();
    if (!user) throw new AppError("unauthenticated", "Please sign in.");
    return user;
  };
  // The live routes read the cookie's claims and check them against the user's row themselves;
  // the tests' users keep the session version they were created with unless they say otherwise.
  const session = async () => {
    const user = (await required()) as User & { userId: string; sessionVersion?: number };
    return { userId: user.userId, sessionVersion: user.sessionVersion ?? 0 };
  };
  return { getCurrentUser: async () => current(), requireUser: required, requireRouteUser: required, requireRouteSession: session };
}
