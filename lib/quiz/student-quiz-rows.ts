import { z } from "zod";
import { studentAssignmentSql } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";
import { betweenAttempts } from "./release";

// The quiz's hot reads, as SQL statements rather than Prisma model queries: the student's page (what a
// whole class reloads while handing in) and the first reads of every save, submit and grading. Each model
// query costs ≈ 0.5–2 ms of Prisma's query compiler here against ≈ 0.1 ms for the statement itself
// (docs/decisions/0017). readStudentQuiz and readOwnAttempt select the same quiz columns on purpose: one
// statement each, mapped by toQuiz. They run on the database adapter directly (rawRows, decision 0057), their
// parameters bound as Prisma's tagged template binds them, never spliced in; each row is checked with zod.
// One write is here too, a save's (updateAnswerIfNewer, decision 0059); the others go through Prisma
// (lib/quiz/attempts.ts).

const date = z.date();
const quizRow = z.object({
  assignmentId: z.string(),
  title: z.string(),
  readingId: z.string(),
  readingEnabled: z.boolean(),
  debateEnabled: z.boolean(),
  opensAt: date,
  dueAt: date.nullable(),
  quizId: z.string(),
  attemptsAllowed: z.number(),
  timeLimitMinutes: z.number().nullable(),
  itemSelection: z.string(),
  chosenKeys: z.string(),
  randomCount: z.number(),
  orderByParagraph: z.boolean(),
  release: z.string(),
  releasedAt: date.nullable(),
  lateWorkAllowed: z.boolean(),
  betweenAttempts: z.string(),
  extraMinutes: z.number().nullable(),
});

const attemptRow = z.object({
  id: z.string(),
  number: z.number(),
  status: z.string(),
  startedAt: date,
  regradedAt: date.nullable(),
  itemKeys: z.string(),
  submittedAt: date.nullable(),
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
});
export type StudentAttempt = z.infer<typeof attemptRow>;

const answerRow = z.object({
  itemId: z.string(),
  value: z.string(),
  clientSeq: z.number(),
  teacherScore: z.number().nullable(),
  overrideReason: z.string().nullable(),
});
export type StudentAnswer = z.infer<typeof answerRow>;

/**
 * The assignment and its quiz, when the quiz is switched on in a class this student is enrolled in and not
 * archived (studentAssignmentSql); whether it has opened is the caller's to check (hasOpened, lib/access.ts).
 */
export async function readStudentQuiz(db: Db, studentId: string, assignmentId: string) {
  const rows = await rawRows(db)`
    SELECT a."id" AS "assignmentId", a."title", a."readingId", a."readingEnabled", a."debateEnabled", a."opensAt", a."dueAt",
           q."id" AS "quizId", q."attemptsAllowed", q."timeLimitMinutes", q."itemSelection", q."chosenKeys", q."randomCount", q."orderByParagraph",
           q."release", q."releasedAt", q."lateWorkAllowed", q."betweenAttempts",
           x."extraMinutes"
    FROM "Assignment" a
    JOIN "Quiz" q ON q."assignmentId" = a."id"
    LEFT JOIN "QuizAccommodation" x ON x."quizId" = q."id" AND x."userId" = ${studentId}
    WHERE a."id" = ${assignmentId} AND a."quizEnabled" = ${true} AND ${studentAssignmentSql(studentId)}`;
  return rows.length === 0 ? null : toQuiz(quizRow.parse(rows[0]));
}

export type StudentQuiz = ReturnType<typeof toQuiz>;

function toQuiz(row: z.infer<typeof quizRow>) {
  return {
    id: row.quizId,
    attemptsAllowed: row.attemptsAllowed,
    timeLimitMinutes: row.timeLimitMinutes,
    release: row.release,
    releasedAt: row.releasedAt,
    lateWorkAllowed: row.lateWorkAllowed,
    betweenAttempts: betweenAttempts(row.betweenAttempts),
    selection: {
      itemSelection: row.itemSelection,
      chosenKeys: row.chosenKeys,
      randomCount: row.randomCount,
      orderByParagraph: row.orderByParagraph,
    },
    accommodations: row.extraMinutes === null ? [] : [{ extraMinutes: row.extraMinutes }],
    assignment: {
      id: row.assignmentId,
      title: row.title,
      readingId: row.readingId,
      readingEnabled: row.readingEnabled,
      debateEnabled: row.debateEnabled,
      opensAt: row.opensAt,
      dueAt: row.dueAt,
    },
  };
}

/**
 * One of this student's attempts, with its quiz as readStudentQuiz gives it, under the same rule (switched
 * on, the student's class, not archived; the caller checks hasOpened); null for anyone else's.
 * The saves and the submit start here.
 */
export async function readOwnAttempt(
  db: Db,
  studentId: string,
  attemptId: string,
): Promise<{ attempt: StudentAttempt; quiz: StudentQuiz } | null> {
  const rows = await rawRows(db)`
    SELECT t."id", t."number", t."status", t."startedAt", t."regradedAt", t."itemKeys", t."submittedAt", t."score", t."maxScore",
           a."id" AS "assignmentId", a."title", a."readingId", a."readingEnabled", a."debateEnabled", a."opensAt", a."dueAt",
           q."id" AS "quizId", q."attemptsAllowed", q."timeLimitMinutes", q."itemSelection", q."chosenKeys", q."randomCount", q."orderByParagraph",
           q."release", q."releasedAt", q."lateWorkAllowed", q."betweenAttempts",
           x."extraMinutes"
    FROM "QuizAttempt" t
    JOIN "Quiz" q ON q."id" = t."quizId"
    JOIN "Assignment" a ON a."id" = q."assignmentId"
    LEFT JOIN "QuizAccommodation" x ON x."quizId" = q."id" AND x."userId" = ${studentId}
    WHERE t."id" = ${attemptId} AND t."userId" = ${studentId} AND a."quizEnabled" = ${true}
      AND ${studentAssignmentSql(studentId)}`;
  if (rows.length === 0) return null;
  return { attempt: attemptRow.parse(rows[0]), quiz: toQuiz(quizRow.parse(rows[0])) };
}

const gradedAnswerRow = z.object({
  id: z.string(),
  itemId: z.string(),
  value: z.string(),
  autoScore: z.number().nullable(),
  teacherScore: z.number().nullable(),
});
export type GradedAnswer = z.infer<typeof gradedAnswerRow>;

/** What grading reads of an attempt's answers (gradeAttempt reads them twice for every submit). */
export async function readAnswersForGrading(db: Db, attemptId: string): Promise<GradedAnswer[]> {
  const rows = await rawRows(db)`
    SELECT "id", "itemId", "value", "autoScore", "teacherScore" FROM "QuizAnswer" WHERE "attemptId" = ${attemptId}`;
  return z.array(gradedAnswerRow).parse(rows);
}

/** Whether an attempt is still in progress (a save asks again after writing; see saveAnswer). */
export async function isAttemptOpen(db: Db, attemptId: string): Promise<boolean> {
  const rows = await rawRows(db)`SELECT "status" FROM "QuizAttempt" WHERE "id" = ${attemptId}`;
  return z.array(z.object({ status: z.string() })).parse(rows)[0]?.status === "in_progress";
}

/**
 * A save's write when the item has its answer row already (every save of an item but its first): the value,
 * unless a newer one is there (a higher clientSeq: an offline queue delivering an older save late). True if
 * it was written, false if there is no row yet or a newer value is kept.
 *
 * One statement, committed by itself, rather than Prisma's `updateMany`, which wraps it in a transaction of
 * its own at several times the cost (decision 0059). The caller vouches for attemptId and itemId: they come
 * from the student's own open attempt (readOwnAttempt).
 */
export async function updateAnswerIfNewer(
  db: Db,
  answer: { attemptId: string; itemId: string; value: string; clientSeq: number; savedAt: Date },
): Promise<boolean> {
  const rows = await rawRows(db)`
    UPDATE "QuizAnswer" SET "value" = ${answer.value}, "clientSeq" = ${answer.clientSeq}, "savedAt" = ${answer.savedAt}
    WHERE "attemptId" = ${answer.attemptId} AND "itemId" = ${answer.itemId} AND "clientSeq" <= ${answer.clientSeq}
    RETURNING "id"`;
  return rows.length > 0;
}

/** This student's attempts at a quiz, first to last. */
export async function readStudentAttempts(db: Db, quizId: string, studentId: string): Promise<StudentAttempt[]> {
  const rows = await rawRows(db)`
    SELECT "id", "number", "status", "startedAt", "regradedAt", "itemKeys", "submittedAt", "score", "maxScore"
    FROM "QuizAttempt" WHERE "quizId" = ${quizId} AND "userId" = ${studentId} ORDER BY "number"`;
  return z.array(attemptRow).parse(rows);
}

/** The answers of an attempt, if it is this student's (and, with `submittedOnly`, handed in). */
export async function readStudentAnswers(
  db: Db,
  attemptId: string,
  studentId: string,
  { submittedOnly = false } = {},
): Promise<StudentAnswer[]> {
  const rows = await rawRows(db)`
    SELECT n."itemId", n."value", n."clientSeq", n."teacherScore", n."overrideReason", t."status"
    FROM "QuizAnswer" n JOIN "QuizAttempt" t ON t."id" = n."attemptId"
    WHERE n."attemptId" = ${attemptId} AND t."userId" = ${studentId}`;
  const answers = z.array(answerRow.extend({ status: z.string() })).parse(rows);
  return submittedOnly ? answers.filter((a) => a.status !== "in_progress") : answers;
}
