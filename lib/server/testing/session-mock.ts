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
  return { getCurrentUser: async () => current(), requireUser: required, requireRouteUser: required };
}
