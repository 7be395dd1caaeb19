import { z } from "zod";
import { studentAssignmentSql } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";

// The reader page's reads for a student, as SQL statements rather than Prisma model queries, for the same
// reason as the quiz page's (lib/quiz/student-quiz-rows.ts, docs/decisions/0017): a class opens the reading at
// once, and each model query costs more in Prisma's query compiler than the statement costs the database.
// They run on the database adapter directly (rawRows, decision 0057), their parameters bound as Prisma's tagged
// template binds them; each row is checked with zod. Writes stay model queries.

const date = z.date();
const readerRow = z.object({
  id: z.string(),
  title: z.string(),
  readingId: z.string(),
  instructions: z.string(),
  opensAt: date,
  readingEnabled: z.boolean(),
  quizEnabled: z.boolean(),
  debateEnabled: z.boolean(),
  furthestPosition: z.number().nullable(),
  markedReadAt: date.nullable(),
  lastActivityAt: date.nullable(),
  attemptsWithoutGlossary: z.coerce.number(),
});

/** What the student has recorded of this reading so far (null before their first open). */
export type RecordedProgress = { furthestPosition: number; markedReadAt: Date | null; lastActivityAt: Date };

/**
 * The assignment as the reader page needs it, when it is in a class this student is enrolled in and not
 * archived (studentAssignmentSql; whether the reading is switched on and has opened is the caller's to check),
 * with the student's progress row and whether the glossary is held back from them: a quiz attempt of theirs
 * in progress on a quiz that keeps it (the teacher's quiz setting, on by default); once they hand in, it is back.
 */
export async function readStudentReader(db: Db, studentId: string, assignmentId: string) {
  const rows = await rawRows(db)`
    SELECT a."id", a."title", a."readingId", a."instructions", a."opensAt", a."readingEnabled", a."quizEnabled", a."debateEnabled",
           p."furthestPosition", p."markedReadAt", p."lastActivityAt",
           (SELECT COUNT(*) FROM "QuizAttempt" t JOIN "Quiz" q ON q."id" = t."quizId"
             WHERE q."assignmentId" = a."id" AND q."glossaryDuringQuiz" = ${false}
               AND t."userId" = ${studentId} AND t."status" = 'in_progress') AS "attemptsWithoutGlossary"
    FROM "Assignment" a
    LEFT JOIN "ReadingProgress" p ON p."assignmentId" = a."id" AND p."userId" = ${studentId}
    WHERE a."id" = ${assignmentId} AND ${studentAssignmentSql(studentId)}`;
  if (rows.length === 0) return null;
  const row = readerRow.parse(rows[0]);
  const progress: RecordedProgress | null =
    row.furthestPosition === null || row.lastActivityAt === null
      ? null
      : { furthestPosition: row.furthestPosition, markedReadAt: row.markedReadAt, lastActivityAt: row.lastActivityAt };
  return {
    assignment: {
      id: row.id,
      title: row.title,
      readingId: row.readingId,
      instructions: row.instructions,
      opensAt: row.opensAt,
      readingEnabled: row.readingEnabled,
      quizEnabled: row.quizEnabled,
      debateEnabled: row.debateEnabled,
    },
    progress,
    glossaryHeldBack: row.attemptsWithoutGlossary > 0,
  };
}

const highlightRow = z.object({
  id: z.string(),
  paragraphId: z.string(),
  start: z.number(),
  end: z.number(),
  quote: z.string(),
  note: z.string(),
  position: z.number(),
});
export type HighlightRow = z.infer<typeof highlightRow>;

/** The student's own highlights on this assignment, in reading order (as listMyHighlights, lib/readings/highlights.ts). */
export async function readMyHighlights(db: Db, studentId: string, assignmentId: string): Promise<HighlightRow[]> {
  const rows = await rawRows(db)`
    SELECT h."id", h."paragraphId", h."start", h."end", h."quote", h."note", p."position"
    FROM "Highlight" h JOIN "ReadingParagraph" p ON p."id" = h."paragraphId"
    WHERE h."assignmentId" = ${assignmentId} AND h."userId" = ${studentId}
    ORDER BY p."position", h."start"`;
  return z.array(highlightRow).parse(rows);
}
