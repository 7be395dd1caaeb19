import { decode } from "next-auth/jwt";
import { z } from "zod";
import { BoundedMap } from "@/lib/bounded-map";
import { db } from "@/lib/db/app-db";
import { ROLES, type Role } from "./roles";
import { SESSION_COOKIES } from "./session-cookie";

/** preferredScript ("trad" | "simp") rides along: the reader and the quiz need it on every view. */
export type CurrentUser = { id: string; role: Role; displayName: string; loginName: string; preferredScript: string };

type SessionToken = { sub: string; sv: number; expiresAt: number };

// A token's contents never change, and decrypting one (key derivation, then the cipher) cost more than the
// user's query, on every request. So each decoded token is kept until it expires; the session version
// is still checked against the database on every request, so signing out everywhere still works at once.
const decoded = new BoundedMap<string, SessionToken | null>(2000);

async function decodeSession(raw: string): Promise<SessionToken | null> {
  let token = decoded.get(raw);
  if (token === undefined) {
    const jwt = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
    token =
      jwt?.sub && typeof jwt.sv === "number" && typeof jwt.exp === "number"
        ? { sub: jwt.sub, sv: jwt.sv, expiresAt: jwt.exp * 1000 }
        : null;
    decoded.set(raw, token);
  }
  return token && token.expiresAt > Date.now() ? token : null;
}

const userRow = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  displayName: z.string(),
  loginName: z.string(),
  preferredScript: z.string(),
});

/**
 * The user a session cookie belongs to, or null. The session version in the token must still match the
 * database: a password change or a removal from a class bumps it, and every older session stops here.
 * Takes a cookie reader, so App Router code (next/headers) and the Pages Router pages (req.cookies) share it.
 *
 * Every request asks this, so it is one SQL statement rather than a Prisma model query, which costs ten
 * times as much here (docs/decisions/0017).
 */
export async function userFromSessionCookie(
  readCookie: (name: string) => string | undefined,
): Promise<CurrentUser | null> {
  const raw = SESSION_COOKIES.map(readCookie).find(Boolean);
  if (!raw) return null;
  const token = await decodeSession(raw);
  if (!token) return null;
  const rows = await db.$queryRaw<unknown[]>`
    SELECT "id", "role", "displayName", "loginName", "preferredScript" FROM "User" WHERE "id" = ${token.sub} AND "sessionVersion" = ${token.sv}`;
  const user = userRow.safeParse(rows[0]);
  return user.success ? user.data : null;
}
