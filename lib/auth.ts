import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { ROLES, type Role } from "./auth/roles";
import { type CurrentUser, userFromSessionCookie } from "./auth/session-user";

export type { CurrentUser };

/** The signed-in user, or null (see userFromSessionCookie). Cached per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const jar = await cookies();
  return userFromSessionCookie((name) => jar.get(name)?.value);
});

/** For pages: no session → sign-in; the wrong role → 404, which does not confirm the page exists. */
export async function requireUser(roles: readonly Role[] = ROLES): Promise<CurrentUser> {
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in");
  if (!roles.includes(me.role)) notFound();
  return me;
}
