import { decode } from "next-auth/jwt";
import { z } from "zod";
import { BoundedMap } from "@/lib/bounded-map";
import { db } from "@/lib/db/app-db";
import { rawRows } from "@/lib/db/raw-rows";
import { ROLES, type Role } from "./roles";
import { SESSION_COOKIES } from "./session-cookie";

/**
 * preferredScript ("trad" | "simp") rides along: the reader and the quiz need it on every view. isAdmin: a
 * school administrator (a teacher account; lib/admin).
 */
export type CurrentUser = {
  id: string;
  role: Role;
  isAdmin: boolean;
  displayName: string;
  loginName: string;
  preferredScript: string;
};

type SessionToken = { sub: string; sv: number; sid: string; expiresAt: number };

// A token's contents never change, and decrypting one (key derivation, then the cipher) cost more than the
// user's query, on every request. So each decoded token is kept until it expires; the session version
// is still checked against the database on every request, so signing out everywhere still works at once.
const decoded = new BoundedMap<string, SessionToken | null>(2000);

async function decodeSession(raw: string): Promise<SessionToken | null> {
  let token = decoded.get(raw);
  if (token === undefined) {
    const jwt = await decode({ token: raw, secret: process.env.NEXTAUTH_SECRET ?? "" }).catch(() => null);
    // Tokens from before sessions had their own id are known by next-auth's jti.
    const sid = typeof jwt?.sid === "string" ? jwt.sid : typeof jwt?.jti === "string" ? jwt.jti : null;
    token =
      jwt?.sub && sid && typeof jwt.sv === "number" && typeof jwt.exp === "number"
        ? { sub: jwt.sub, sv: jwt.sv, sid, expiresAt: jwt.exp * 1000 }
        : null;
    decoded.set(raw, token);
  }
  return token && token.expiresAt > Date.now() ? token : null;
}

const userRow = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  // SQLite returns booleans as 0/1 from a raw query.
  isAdmin: z.union([z.boolean(), z.number()]).transform(Boolean),
  displayName: z.string(),
  loginName: z.string(),
  preferredScript: z.string(),
});

/** The session a cookie carries (its user, version and id), or null when it is missing, forged or expired. */
export async function sessionFromCookie(readCookie: (name: string) => string | undefined) {
  const raw = SESSION_COOKIES.map(readCookie).find(Boolean);
  return raw ? decodeSession(raw) : null;
}

/**
 * The user a session cookie belongs to, or null. The session version in the token must still match the
 * database: a password change or a removal from a class bumps it, and every older session stops here.
 * A session signed out (EndedSession) stops here too, even if its cookie was copied before, and so does every
 * session of an account an administrator disabled (status).
 * Takes a cookie reader, so App Router code (next/headers) and the Pages Router pages (req.cookies) share it.
 *
 * Every request asks this, so it is one SQL statement rather than a Prisma model query, which costs ten
 * times as much here (docs/decisions/0017), run on the database adapter directly (rawRows, decision 0057).
 */
export async function userFromSessionCookie(
  readCookie: (name: string) => string | undefined,
): Promise<CurrentUser | null> {
  const token = await sessionFromCookie(readCookie);
  if (!token) return null;
  const rows = await rawRows(db)`
    SELECT "id", "role", "isAdmin", "displayName", "loginName", "preferredScript" FROM "User"
    WHERE "id" = ${token.sub} AND "sessionVersion" = ${token.sv} AND "status" = 'active'
      AND NOT EXISTS (SELECT 1 FROM "EndedSession" WHERE "sessionId" = ${token.sid})`;
  const user = userRow.safeParse(rows[0]);
  return user.success ? user.data : null;
}
