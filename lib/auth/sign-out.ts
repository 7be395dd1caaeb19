import type { Db } from "@/lib/db/client";

/**
 * Ends one session on the server: its id is refused from now until the token would have expired, so a copy
 * of the cookie stops working too. The user's other devices stay signed in (a password change ends those).
 * Ended sessions past their expiry are no longer needed and go here, in the same transaction.
 */
export async function endSession(db: Db, session: { sid: string; expiresAt: number }, now = new Date()) {
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.endedSession.upsert({
      where: { sessionId: session.sid },
      create: { sessionId: session.sid, expiresAt: new Date(session.expiresAt) },
      update: {},
    }),
  ]);
}
