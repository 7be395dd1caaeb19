import { z } from "zod";
import { hasOpened, studentAssignmentSql } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";

// The read every student's write on a board starts with (lib/debate/board.ts requireSeat: a post, a reply, a
// rating, a report, an edit, a side or a stance), as one SQL statement on the database adapter (rawRows,
// decision 0057) instead of Prisma's four (the board, the seat, the assignment, the reading), for the reason of
// decision 0017: each model query costs more in Prisma's query compiler than the statement costs the database,
// and a debating class writes about 13 times a second. The row is checked with zod.

const date = z.date();

const seatedBoardRow = z.object({
  id: z.string(),
  phase: z.string(),
  phaseSetAt: date.nullable(),
  rebuttalAt: date.nullable(),
  closesAt: date.nullable(),
  ratingsRevealedAt: date.nullable(),
  sideMode: z.string(),
  steelman: z.boolean(),
  thirdSideEnabled: z.boolean(),
  readingId: z.string(),
  opensAt: date,
  seatId: z.string().nullable(),
  side: z.string().nullable(),
  removedAt: date.nullable(),
});

/** A board as a student's write needs it, and their seat on it (null: not taken yet). */
export type SeatedBoard = {
  board: Omit<z.infer<typeof seatedBoardRow>, "readingId" | "opensAt" | "seatId" | "side" | "removedAt"> & {
    assignment: { readingId: string };
  };
  seat: { id: string; side: string | null; removedAt: Date | null } | null;
};

/**
 * The board with this id, if this student may use it now (as lib/debate/board.ts findStudentBoard decides for an
 * assignment: enrolled in its class, not archived, debate switched on, opened), with their seat if they have one;
 * or null.
 */
export async function readSeatedBoard(
  db: Db,
  studentId: string,
  debateId: string,
  now: Date,
): Promise<SeatedBoard | null> {
  const rows = await rawRows(db)`
    SELECT d."id", d."phase", d."phaseSetAt", d."rebuttalAt", d."closesAt", d."ratingsRevealedAt", d."sideMode",
           d."steelman", d."thirdSideEnabled", a."readingId", a."opensAt",
           s."id" AS "seatId", s."side", s."removedAt"
    FROM "Debate" d
    JOIN "Assignment" a ON a."id" = d."assignmentId"
    LEFT JOIN "DebateParticipant" s ON s."debateId" = d."id" AND s."userId" = ${studentId}
    WHERE d."id" = ${debateId} AND a."debateEnabled" = ${true} AND ${studentAssignmentSql(studentId)}`;
  if (rows.length === 0) return null;
  const { readingId, opensAt, seatId, side, removedAt, ...board } = seatedBoardRow.parse(rows[0]);
  if (!hasOpened({ opensAt }, now)) return null;
  return {
    board: { ...board, assignment: { readingId } },
    seat: seatId === null ? null : { id: seatId, side, removedAt },
  };
}
