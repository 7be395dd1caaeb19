import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * Seats for the debate data-layer tests, kept the way the app keeps them: every seat's pseudonym index
 * comes from its board's counter (Debate.seatsGiven), so seats made here and seats the code under test
 * takes never collide.
 */

/** Empties every board, counters included, as if no student had opened one. */
export async function clearSeats(db: Db) {
  await db.debateParticipant.deleteMany();
  await db.debate.updateMany({ data: { seatsGiven: 0 } });
}

/** Seats a student with the board's next pseudonym index and the given side, removal or stance. */
export async function seatStudent(
  db: Db,
  debateId: string,
  userId: string,
  data: { side?: string; removedAt?: Date; stanceBefore?: number } = {},
) {
  const { seatsGiven } = await db.debate.update({
    where: { id: debateId },
    data: { seatsGiven: { increment: 1 } },
    select: { seatsGiven: true },
  });
  return db.debateParticipant.create({ data: { debateId, userId, pseudonymIndex: seatsGiven - 1, ...data } });
}

/** A board as a test starts it: no posts, no seats, and the given settings. */
export async function emptyBoard(db: Db, debateId: string, settings: Prisma.DebateUpdateInput) {
  await db.debatePost.deleteMany();
  await clearSeats(db);
  await db.debate.update({ where: { id: debateId }, data: settings });
}
