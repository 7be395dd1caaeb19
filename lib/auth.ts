import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { type Role, ROLES } from "./auth/roles";
import { SESSION_COOKIES } from "./auth/session-cookie";

/** preferredScript ("trad" | "simp") rides along: the reader and the quiz need it on every view. */
export type CurrentUser = { id: string; role: Role; displayName: string; loginName: string; preferredScript: string };


/**
 * The signed-in user, or null. The session version in the token must still match the database: a
 * password change or a removal from a class bumps it, and every older session stops here. Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!token?.sub || typeof token.sv !== "number") return null;
  const user = await db.user.findFirst({
    where: { id: token.sub, sessionVersion: token.sv },
    select: { id: true, role: true, displayName: true, loginName: true, preferredScript: true },
  });
  if (!user || !ROLES.includes(user.role as Role)) return null;
  return { ...user, role: user.role as Role };
});

/** For pages: no session → sign-in; the wrong role → 404, which does not confirm the page exists. */
export async function requireUser(roles: readonly Role[] = ROLES): Promise<CurrentUser> {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in");
  if (!roles.includes(me.role)) notFound();
  return me;
}
