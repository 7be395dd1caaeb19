import { hasOpened } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { gradeItem } from "./grading";
import { type AttemptRef, attemptItems, type BankItem, currentItems } from "./item-bank";
import { answerValueSchema, choosesOwnOptions, type QuizItem, quizItemSchema } from "./items";
import { attemptKeys } from "./selection";
import {
  type GradedAnswer,
  isAttemptOpen,
  readAnswersForGrading,
  readOwnAttempt,
  readStudentQuiz,
  type StudentQuiz,
  updateAnswerIfNewer,
} from "./student-quiz-rows";

/**
 * A quiz attempt's life: start → save answers as they are given → submit once → graded on the server.
 * Every function takes the acting student and scopes each query to them and to their class.
 */

export function isPastDue(quiz: { lateWorkAllowed: boolean; assignment: { dueAt: Date | null } }, now: Date): boolean {
  return Boolean(quiz.assignment.dueAt && now > quiz.assignment.dueAt && !quiz.lateWorkAllowed);
}

/** When the attempt's time is up, or null with no time limit (the default). */
export function attemptDeadline(
  quiz: { timeLimitMinutes: number | null; accommodations: { extraMinutes: number }[] },
  startedAt: Date,
): Date | null {
  if (!quiz.timeLimitMinutes) return null;
  const minutes = quiz.timeLimitMinutes + (quiz.accommodations[0]?.extraMinutes ?? 0);
  return new Date(startedAt.getTime() + minutes * 60_000);
}

/**
 * When an attempt in progress ends by itself: its time is up, or the quiz closes (the due date, without late
 * work), whichever comes first; null if neither applies.
 */
export function attemptEndsAt(quiz: OpenQuizTiming, startedAt: Date): Date | null {
  const ends = [attemptDeadline(quiz, startedAt), quiz.lateWorkAllowed ? null : quiz.assignment.dueAt].filter(
    (d): d is Date => d !== null,
  );
  // Not before it started: a late attempt whose teacher then switched late work off ends at once.
  return ends.length ? new Date(Math.max(startedAt.getTime(), Math.min(...ends.map((d) => d.getTime())))) : null;
}

/** Whether a submitted attempt was handed in by handInIfEnded: its submission time is the moment it ended. */
export function wasHandedInAtEnd(
  quiz: OpenQuizTiming,
  attempt: { startedAt: Date; submittedAt: Date | null },
): boolean {
  return (
    attempt.submittedAt !== null && attempt.submittedAt.getTime() === attemptEndsAt(quiz, attempt.startedAt)?.getTime()
  );
}

type OpenQuizTiming = {
  timeLimitMinutes: number | null;
  lateWorkAllowed: boolean;
  accommodations: { extraMinutes: number }[];
  assignment: { dueAt: Date | null };
};

/**
 * Hands in an attempt that ended by itself (see attemptEndsAt) with the answers saved in time, as submitted
 * at the moment it ended, and grades it: a student who closed the tab or lost their phone before the end
 * still gets what their saved answers earn, and the teacher can grade and override it. Whoever reads
 * attempts calls this (the student's quiz page, the teacher's results and export), so no timer or
 * background job is needed. The claim is handInAndGrade's conditional update, so it happens once.
 * `accommodations` must be the attempt's student's own. Returns whether it had ended (so what the caller
 * read of it is out of date), whichever call handed it in.
 */
export async function handInIfEnded(
  db: Db,
  quiz: OpenQuizTiming & { assignment: { readingId: string } },
  attempt: AttemptRef & { status: string },
  now: Date,
) {
  const endedAt = attemptEndsAt(quiz, attempt.startedAt);
  if (attempt.status !== "in_progress" || !endedAt || now <= endedAt) return false;
  await handInAndGrade(db, attempt, quiz.assignment.readingId, endedAt);
  return true;
}

/** handInIfEnded for every attempt of a quiz still in progress (the teacher's views). */
export async function handInEndedAttempts(db: Db, quizId: string, now = new Date()) {
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    include: {
      assignment: { select: { dueAt: true, readingId: true } },
      accommodations: true,
      attempts: { where: { status: "in_progress" } },
    },
  });
  if (!quiz) return;
  for (const attempt of quiz.attempts) {
    await handInIfEnded(
      db,
      { ...quiz, accommodations: quiz.accommodations.filter((a) => a.userId === attempt.userId) },
      attempt,
      now,
    );
  }
}

/**
 * Returns the student's attempt in progress, or starts the next one if attempts are left. Two tabs starting
 * at once get the same attempt: the count comes before the look for an open attempt, so an attempt the other
 * tab started in between is either found, or has the number this tab would create and wins on the unique
 * (quiz, student, number).
 */
export async function startAttempt(db: Db, studentId: string, assignmentId: string, now = new Date()) {
  const quiz = await readStudentQuiz(db, studentId, assignmentId);
  if (!quiz || !hasOpened(quiz.assignment, now)) fail("notFound");
  const used = await db.quizAttempt.count({ where: { quizId: quiz.id, userId: studentId } });
  const open = await db.quizAttempt.findFirst({ where: { quizId: quiz.id, userId: studentId, status: "in_progress" } });
  if (open) return open;
  if (isPastDue(quiz, now)) fail("quizClosed");
  if (used >= quiz.attemptsAllowed) fail("noAttemptsLeft");
  const itemKeys = await newAttemptKeys(db, quiz, studentId);
  try {
    return await db.quizAttempt.create({ data: { quizId: quiz.id, userId: studentId, number: used + 1, itemKeys } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.quizAttempt.findFirst({ where: { quizId: quiz.id, userId: studentId, number: used + 1 } });
    if (!winner) throw error;
    return winner;
  }
}

/**
 * The items a new attempt asks, by the quiz's selection (lib/quiz/selection.ts). A teacher's own reading may
 * have no items yet, or a selection none that are left: nothing to start (the teacher's quiz page says so).
 */
async function newAttemptKeys(db: Db, quiz: StudentQuiz, studentId: string): Promise<string> {
  const { readingId } = quiz.assignment;
  const items = await currentItems(db, readingId);
  const paragraphs = quiz.selection.orderByParagraph
    ? await db.readingParagraph.findMany({ where: { readingId }, select: { id: true, position: true } })
    : [];
  const keys = attemptKeys(
    items,
    quiz.selection,
    studentId,
    quiz.id,
    new Map(paragraphs.map((p) => [p.id, p.position])),
  );
  if (items.length === 0 || keys === "[]") fail("quizEmpty");
  return keys;
}

/**
 * The student's own attempt, still in progress, of a quiz they may take now; with its quiz and items'
 * reading. One SQL statement (readOwnAttempt): every save of a class handing in starts here.
 */
async function ownOpenAttempt(db: Db, studentId: string, attemptId: string, now: Date) {
  const own = await readOwnAttempt(db, studentId, attemptId);
  if (!own || !hasOpened(own.quiz.assignment, now)) fail("notFound");
  if (own.attempt.status !== "in_progress") fail("alreadySubmitted");
  return { ...own.attempt, quiz: own.quiz };
}

export function parseItem(content: string): QuizItem {
  return quizItemSchema.parse(JSON.parse(content));
}

/** Checks an answer's shape against the item: option keys that exist, a paragraph of this reading. */
async function validAnswer(db: Db, item: QuizItem, readingId: string, value: unknown): Promise<unknown> {
  const parsed = answerValueSchema[item.type].safeParse(value);
  if (!parsed.success) fail(parsed.error.issues[0]?.message === "answerTooLong" ? "answerTooLong" : "answerInvalid");
  const answer = parsed.data;
  if (!choosesOwnOptions(item, answer)) fail("answerInvalid");
  if (item.type === "paragraph") {
    const found = await db.readingParagraph.count({ where: { id: answer as string, readingId } });
    if (!found) fail("answerInvalid");
  }
  return answer;
}

/**
 * Saves one answer as soon as it is given. `clientSeq` grows with each change the browser makes to this
 * item, so when an offline queue delivers saves late or twice, an older one never overwrites a newer one.
 * When a newer one is there (from this tab, or another tab or device the student answered in meanwhile),
 * the reply says what is kept (`kept`), so a page that was behind shows the saved answer instead of
 * taking the save for its own.
 */
export async function saveAnswer(
  db: Db,
  studentId: string,
  input: { attemptId: string; itemId: string; value: unknown; clientSeq: number },
  now = new Date(),
) {
  const attempt = await ownOpenAttempt(db, studentId, input.attemptId, now);
  const deadline = attemptDeadline(attempt.quiz, attempt.startedAt);
  if (deadline && now > deadline) fail("timeUp");
  if (isPastDue(attempt.quiz, now)) fail("quizClosed");
  const row = (await attemptItems(db, attempt.quiz.assignment.readingId, attempt)).find((i) => i.id === input.itemId);
  if (!row) fail("answerInvalid");
  const value = JSON.stringify(await validAnswer(db, row.item, attempt.quiz.assignment.readingId, input.value));
  // Update first: every save but an item's first finds its row. (Creating first and catching the unique
  // violation cost PostgreSQL a new connection per save: the driver drops a connection whose query failed.)
  const answer = { attemptId: attempt.id, itemId: row.id, value, clientSeq: input.clientSeq, savedAt: now };
  let stored = await updateAnswerIfNewer(db, answer);
  if (!stored) {
    try {
      await db.quizAnswer.create({ data: answer });
      stored = true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // A save from another tab created it meanwhile (or a newer one is there: then nothing changes).
      stored = await updateAnswerIfNewer(db, answer);
    }
  }
  // A submit from another tab may have claimed the attempt while this answer was being written, and graded
  // without it. The answer came in time and is kept, so it counts: grade again. (Written first, checked
  // after, as submit claims first and reads the answers after: one of the two always sees the other.)
  if (!(await isAttemptOpen(db, attempt.id))) await gradeAttempt(db, attempt, attempt.quiz.assignment.readingId);
  if (stored) return { savedAt: now };
  const newer = await db.quizAnswer.findUniqueOrThrow({
    where: { attemptId_itemId: { attemptId: attempt.id, itemId: row.id } },
    select: { value: true, clientSeq: true },
  });
  return { savedAt: now, kept: { value: JSON.parse(newer.value) as unknown, seq: newer.clientSeq } };
}

/**
 * Submits and grades. The status change is a conditional update, so of two tabs submitting at once exactly
 * one wins; the other gets "alreadySubmitted". Short answers wait for the teacher ("submitted" until then).
 */
export async function submitAttempt(db: Db, studentId: string, attemptId: string, now = new Date()) {
  const attempt = await ownOpenAttempt(db, studentId, attemptId, now);
  const endedAt = attemptEndsAt(attempt.quiz, attempt.startedAt);
  if (endedAt && now > endedAt) {
    // It ended by itself: handed in as it stood then (what was saved in time), at that moment, whoever
    // claims it first (this submit or someone reading it). Past the time limit that is the submission the
    // student asked for; past the due date without late work their submit is refused, their saved work counts.
    await handInIfEnded(db, attempt.quiz, attempt, now);
    const deadline = attemptDeadline(attempt.quiz, attempt.startedAt);
    if (!(deadline && endedAt.getTime() === deadline.getTime())) fail("quizClosed");
    return db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
  }
  const graded = await handInAndGrade(db, attempt, attempt.quiz.assignment.readingId, now);
  if (!graded) fail("alreadySubmitted");
  return graded;
}

/**
 * Hands an attempt in and grades it as one unit: the status change, the total and the item scores are one
 * transaction, so no crash or failed write can leave an attempt handed in without its grade (decision
 * 0018). The claim is conditional ("only while in progress"), so of two tabs, or a submit and a reader
 * handing it in at its end, exactly one wins; the other gets null. Answers are read before the claim, so a
 * save landing in between is caught by the second read in gradeAttempt (the save, finding the attempt still
 * open, does not grade it itself).
 */
export async function handInAndGrade(db: Db, attempt: AttemptRef, readingId: string, submittedAt: Date) {
  const items = await attemptItems(db, readingId, attempt);
  const answers = await readAnswersForGrading(db, attempt.id);
  const grade = scoreAttempt(items, answers);
  const [claimed] = await db.$transaction([
    db.quizAttempt.updateMany({
      where: { id: attempt.id, status: "in_progress" },
      data: { ...grade.total, submittedAt },
    }),
    ...autoScoreWrites(db, grade.autoScores),
  ]);
  if (claimed.count !== 1) return null;
  return gradeAttempt(db, attempt, readingId, answers);
}

/**
 * Grades every attempt that was handed in but has no grade: an attempt handed in by a version before
 * handInAndGrade, whose server stopped between the two steps. Run at start-up (lib/setup/prepare-database.ts).
 */
export async function gradeUngradedAttempts(db: Db): Promise<number> {
  const ungraded = await db.quizAttempt.findMany({
    where: { status: { not: "in_progress" }, maxScore: null },
    select: {
      id: true,
      startedAt: true,
      regradedAt: true,
      itemKeys: true,
      quiz: { select: { assignment: { select: { readingId: true } } } },
    },
  });
  for (const attempt of ungraded) await gradeAttempt(db, attempt, attempt.quiz.assignment.readingId);
  return ungraded.length;
}

/**
 * Scores every item of this attempt (see itemsOfAttempt; unanswered items score 0) and totals them. The answers
 * are read again after the total is written: if they changed meanwhile (a teacher grading two items in two
 * tabs, a save from another tab crossing the submit), the grade is taken again. Every answer write is
 * followed by a grade, so the last total written always counts every answer.
 */
export async function gradeAttempt(db: Db, attempt: AttemptRef, readingId: string, gradedFrom?: GradedAnswer[]) {
  const attemptId = attempt.id;
  const items = await attemptItems(db, readingId, attempt);
  let answers = gradedFrom ?? (await readAnswersForGrading(db, attemptId));
  let written = gradedFrom ? null : await writeGrade(db, attemptId, scoreAttempt(items, answers));
  // Past a few rounds the answers are still changing, and whoever changes them grades again after.
  for (let round = 1; round < 5; round++) {
    const after = await readAnswersForGrading(db, attemptId);
    if (sameAnswers(answers, after)) break;
    answers = after;
    written = await writeGrade(db, attemptId, scoreAttempt(items, answers));
  }
  return written ?? db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
}

/** Same answers and teacher scores (the automatic scores are this function's own output). */
function sameAnswers(before: GradedAnswer[], after: GradedAnswer[]): boolean {
  const given = (rows: GradedAnswer[]) => new Map(rows.map((a) => [a.id, JSON.stringify([a.value, a.teacherScore])]));
  const [b, a] = [given(before), given(after)];
  return b.size === a.size && [...b].every(([id, v]) => a.get(id) === v);
}

type AttemptGrade = {
  total: { score: number; maxScore: number; status: "submitted" | "graded" };
  autoScores: { answerId: string; value: string; autoScore: number | null }[];
};

/** Scores every item of the attempt (unanswered items score 0); short answers wait for the teacher. */
function scoreAttempt(items: BankItem[], answers: GradedAnswer[]): AttemptGrade {
  let score = 0;
  let max = 0;
  let waitingForTeacher = false;
  const autoScores: AttemptGrade["autoScores"] = [];
  for (const { id, item } of items) {
    const answer = answers.find((a) => a.itemId === id);
    const grade = gradeItem(item, answer ? JSON.parse(answer.value) : undefined);
    max += grade.max;
    const teacherScore = answer?.teacherScore ?? null;
    if (grade.score === null && teacherScore === null && answer) waitingForTeacher = true;
    score += teacherScore ?? grade.score ?? 0;
    if (answer && answer.autoScore !== grade.score)
      autoScores.push({ answerId: answer.id, value: answer.value, autoScore: grade.score });
  }
  return {
    total: { score: Math.round(score * 100) / 100, maxScore: max, status: waitingForTeacher ? "submitted" : "graded" },
    autoScores,
  };
}

/** Item scores, each written only if the answer is still the one scored (a newer save is graded again after). */
function autoScoreWrites(db: Db, autoScores: AttemptGrade["autoScores"]) {
  return autoScores.map(({ answerId, value, autoScore }) =>
    db.quizAnswer.updateMany({ where: { id: answerId, value }, data: { autoScore } }),
  );
}

async function writeGrade(db: Db, attemptId: string, grade: AttemptGrade) {
  // One transaction: the item scores and the total are written together or not at all (and with one
  // commit, not one per item).
  const results = await db.$transaction([
    ...autoScoreWrites(db, grade.autoScores),
    db.quizAttempt.update({ where: { id: attemptId }, data: grade.total }),
  ]);
  return results.at(-1) as Awaited<ReturnType<typeof db.quizAttempt.update>>;
}
