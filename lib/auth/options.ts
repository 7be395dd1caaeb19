import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/accounts/schema";
import { db } from "@/lib/db";
import { lastForwardedAddress } from "@/lib/http/forwarded-for";
import { limiters } from "@/lib/http/rate-limit";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { SIGN_IN_DISABLED, SIGN_IN_PENDING, SIGN_IN_SLOWED } from "./sign-in-errors";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * next-auth 4 with one Credentials provider and JWT sessions. The token carries the user's id, role and
 * session version; getCurrentUser() in lib/auth.ts re-checks the version against the database on every request, which
 * is how a password change or a removal from a class ends the other sessions.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { login, password } = parsed.data;
        const address = lastForwardedAddress(request?.headers?.["x-forwarded-for"]);
        // After repeated wrong passwords, the next check waits (docs/decisions/0044); the form says how long.
        const wait = await limiters.signIn.waitMs(login, address);
        if (wait > 0) throw new Error(`${SIGN_IN_SLOWED}:${Math.ceil(wait / 1000)}`);
        const user = await db.user.findUnique({
          where: { loginName: login },
          select: { id: true, role: true, status: true, displayName: true, passwordHash: true, sessionVersion: true },
        });
        const ok = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
        if (!user || !ok) {
          await limiters.signIn.recordFailure(login, address);
          return null;
        }
        await limiters.signIn.recordSuccess(login, address);
        // Told only to someone who knows the password: waiting for an administrator, or turned off by one.
        if (user.status === "pending") throw new Error(SIGN_IN_PENDING);
        if (user.status !== "active") throw new Error(SIGN_IN_DISABLED);
        return { id: user.id, name: user.displayName, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present right after authorize(); later calls keep the token as it is, so a client
      // cannot raise its own session version through next-auth's update().
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        // This sign-in's own id: signing out ends it on the server (EndedSession), and it survives renewals.
        token.sid = randomUUID();
      }
      return token;
    },
  },
};
