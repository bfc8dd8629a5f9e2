import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate, findSessionUser } from "./data/users";
import { db } from "./db";

const credentialsSchema = z.object({
  email: z.string().trim().max(254).email(),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  // Credentials sign-in only works with JWT sessions; revocation is our sessionVersion check below.
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await authenticate(db(), parsed.data.email, parsed.data.password);
        if (!user) return null;
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      // A deleted user or a bumped session version ends every existing session.
      const current = token.sub ? await findSessionUser(db(), token.sub) : null;
      if (!current || current.sessionVersion !== token.sv) return { revoked: true } as typeof token;
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    async session({ session, token }) {
      if ((token as { revoked?: boolean }).revoked || !token.sub) return { ...session, user: undefined } as typeof session;
      return { ...session, user: { id: token.sub, name: token.name ?? "", email: token.email ?? "" } } as typeof session;
    },
  },
};
