import { decode } from "next-auth/jwt";
import { db } from "@/lib/db/app-db";
import { type Role, ROLES } from "./roles";
import { SESSION_COOKIES } from "./session-cookie";

/** preferredScript ("trad" | "simp") rides along: the reader and the quiz need it on every view. */
export type CurrentUser = { id: string; role: Role; displayName: string; loginName: string; preferredScript: string };

/**
 * The user a session cookie belongs to, or null. The session version in the token must still match the
 * database: a password change or a removal from a class bumps it, and every older session stops here.
 * Takes a cookie reader, so App Router code (next/headers) and the Pages Router reader (req.cookies) share it.
 */
export async function userFromSessionCookie(readCookie: (name: string) => string | undefined): Promise<CurrentUser | null> {
  const raw = SESSION_COOKIES.map(readCookie).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!token?.sub || typeof token.sv !== "number") return null;
  const user = await db.user.findFirst({
    where: { id: token.sub, sessionVersion: token.sv },
    select: { id: true, role: true, displayName: true, loginName: true, preferredScript: true },
  });
  if (!user || !ROLES.includes(user.role as Role)) return null;
  return { ...user, role: user.role as Role };
}
