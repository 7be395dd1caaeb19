import { decode } from "next-auth/jwt";
import { z } from "zod";
import { db } from "@/lib/db/app-db";
import { type Role, ROLES } from "./roles";
import { SESSION_COOKIES } from "./session-cookie";

/** preferredScript ("trad" | "simp") rides along: the reader and the quiz need it on every view. */
export type CurrentUser = { id: string; role: Role; displayName: string; loginName: string; preferredScript: string };

const userRow = z.object({ id: z.string(), role: z.enum(ROLES), displayName: z.string(), loginName: z.string(), preferredScript: z.string() });

/**
 * The user a session cookie belongs to, or null. The session version in the token must still match the
 * database: a password change or a removal from a class bumps it, and every older session stops here.
 * Takes a cookie reader, so App Router code (next/headers) and the Pages Router pages (req.cookies) share it.
 *
 * Every request asks this, so it is one SQL statement rather than a Prisma model query, which costs ten
 * times as much here (docs/decisions/0017).
 */
export async function userFromSessionCookie(readCookie: (name: string) => string | undefined): Promise<CurrentUser | null> {
  const raw = SESSION_COOKIES.map(readCookie).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
  if (!token?.sub || typeof token.sv !== "number") return null;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT "id", "role", "displayName", "loginName", "preferredScript" FROM "User" WHERE "id" = ${token.sub} AND "sessionVersion" = ${token.sv}`;
  const user = userRow.safeParse(rows[0]);
  return user.success ? user.data : null;
}
