import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { boardPhase, requireSeat } from "./board";
import { announce } from "./events";
import { activeSides, type Side } from "./sides";

/**
 * A student's own settings on a board: their side (when students choose) and their stance on the motion,
 * given once when they first open the board and once when it has closed.
 */

/**
 * Until their first argument a student may choose, or change, their side; after it the side is theirs.
 * Write first, then look (docs/decisions/0015): an argument posted from another tab meanwhile is either seen
 * by the look after this write (the side goes back, sideLocked), or sees this write itself and is withdrawn
 * (postArgument). A choice of the third side only lands while the teacher still has it switched on.
 */
export async function chooseSide(db: Db, studentId: string, input: { debateId: string; side: Side }, now = new Date()) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  if (board.sideMode !== "choose") fail("sidesAssignedByTeacher");
  if (boardPhase(board, now) === "closed") fail("debateClosed");
  if (!activeSides(board.thirdSideEnabled).includes(input.side)) fail("sideInvalid", "side");
  if (seat.side === input.side) return;
  const arguments_ = () =>
    db.debatePost.count({ where: { debateId: board.id, authorId: studentId, kind: "argument" } });
  if ((await arguments_()) > 0) fail("sideLocked");
  const onlyWhileThirdSideOn = input.side === "other" ? { debate: { thirdSideEnabled: true } } : {};
  const moved = await db.debateParticipant.updateMany({
    where: { id: seat.id, ...onlyWhileThirdSideOn },
    data: { side: input.side },
  });
  if (moved.count === 0) fail("sideInvalid", "side");
  if ((await arguments_()) > 0) {
    // Back to the side argued from, unless someone has moved the seat meanwhile (or the third side went off).
    const onlyIfStillThirdSideOn = seat.side === "other" ? { debate: { thirdSideEnabled: true } } : {};
    await db.debateParticipant.updateMany({
      where: { id: seat.id, side: input.side, ...onlyIfStillThirdSideOn },
      data: { side: seat.side },
    });
    fail("sideLocked");
  }
  await announce(db, board.id, "settings");
}

/** "before": once, while the board is open; "after": once, after it has closed. Conditional updates, so two tabs cannot both set it. */
export async function setStance(
  db: Db,
  studentId: string,
  input: { debateId: string; which: "before" | "after"; value: number },
  now = new Date(),
) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  const closed = boardPhase(board, now) === "closed";
  if (input.which === "before") {
    if (closed) fail("debateClosed");
    const set = await db.debateParticipant.updateMany({
      where: { id: seat.id, stanceBefore: null },
      data: { stanceBefore: input.value },
    });
    if (set.count === 0) fail("stanceAlreadyGiven");
  } else {
    if (!closed) fail("wrongPhase");
    const set = await db.debateParticipant.updateMany({
      where: { id: seat.id, stanceAfter: null },
      data: { stanceAfter: input.value },
    });
    if (set.count === 0) fail("stanceAlreadyGiven");
  }
}
