import { openedAssignment, studentAssignment, teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { effectivePhase, isPhase, type Phase } from "./phases";
import { readSeatedBoard } from "./seat-rows";

/**
 * Who may be on which board. Every query names the acting student and their class, so a board of another
 * class is simply not found (the page shows 404, actions fail with "notFound").
 */

const enrolled = (studentId: string, now: Date) => ({
  debateEnabled: true,
  ...openedAssignment(now),
  ...studentAssignment(studentId),
});

/** What the board needs of its reading: the debate it proposes (lib/debate/wording.ts). */
const readingDebate = { select: { debateDefaults: true } } as const;

/** The board of an assignment this student may open now, with their seat on it (if any), or null. */
export function findStudentBoard(db: Db, studentId: string, assignmentId: string, now = new Date()) {
  return db.debate.findFirst({
    where: { assignment: { id: assignmentId, ...enrolled(studentId, now) } },
    include: {
      assignment: { select: { id: true, title: true, readingId: true, reading: readingDebate } },
      participants: { where: { userId: studentId } },
    },
  });
}

/** The board of one of this teacher's assignments, or null. */
export function findTeacherBoard(db: Db, teacherId: string, assignmentId: string) {
  return db.debate.findFirst({
    where: { assignment: { id: assignmentId, ...teacherAssignment(teacherId) } },
    include: {
      assignment: {
        select: {
          id: true,
          title: true,
          readingId: true,
          classroomId: true,
          debateEnabled: true,
          reading: readingDebate,
        },
      },
    },
  });
}

/**
 * The student's seat, taken the first time they open the board. Its pseudonym index comes from the board's
 * counter, one atomic increment per new seat: a whole class opening the board at once gets A, B, C … with
 * no retries, and an index is never reused. The same student in two tabs at once: one seat wins on the
 * unique (board, student) and both get it (the other tab's index is left unused, a gap in the letters).
 */
export async function takeSeat(db: Db, studentId: string, debateId: string) {
  const seatOf = () => db.debateParticipant.findUnique({ where: { debateId_userId: { debateId, userId: studentId } } });
  const existing = await seatOf();
  if (existing) return existing;
  const { seatsGiven } = await db.debate.update({
    where: { id: debateId },
    data: { seatsGiven: { increment: 1 } },
    select: { seatsGiven: true },
  });
  try {
    return await db.debateParticipant.create({ data: { debateId, userId: studentId, pseudonymIndex: seatsGiven - 1 } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const seat = await seatOf();
    if (!seat) throw error;
    return seat;
  }
}

/** A student's seat on a board they may use now (not removed by the teacher), with the board. */
export async function requireSeat(db: Db, studentId: string, debateId: string, now = new Date()) {
  const found = await readSeatedBoard(db, studentId, debateId, now);
  if (!found) fail("notFound");
  const seat = found.seat ?? (await takeSeat(db, studentId, found.board.id));
  if (seat.removedAt) fail("removedFromBoard");
  return { board: found.board, seat };
}

/** The board's phase now (deadlines applied). A value the app does not know reads as closed: read-only is the safe side. */
export function boardPhase(
  board: { phase: string; rebuttalAt: Date | null; closesAt: Date | null; phaseSetAt: Date | null },
  now: Date,
): Phase {
  return effectivePhase({ ...board, phase: isPhase(board.phase) ? board.phase : "closed" }, now);
}
