import { hasOpened } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { attemptEndsAt, handInIfEnded, isPastDue, wasHandedInAtEnd } from "./attempts";
import { gradeItem } from "./grading";
import { type AttemptRef, attemptItems } from "./item-bank";
import type { Classification, QuizItem } from "./items";
import { resultsReleased } from "./release";
import { readStudentAnswers, readStudentAttempts, readStudentQuiz } from "./student-quiz-rows";
import { type StudentItem, toStudentItem } from "./student-view";

/**
 * Everything the student's quiz page shows, decided on the server: whether they may start, their attempt
 * in progress (items without the key, answers saved so far), or their latest submitted attempt with the
 * feedback their teacher's release setting allows.
 */
export async function loadStudentQuiz(db: Db, studentId: string, assignmentId: string, now = new Date()) {
  const quiz = await readStudentQuiz(db, studentId, assignmentId);
  if (!quiz || !hasOpened(quiz.assignment, now)) return null;
  const readAttempts = () => readStudentAttempts(db, quiz.id, studentId);
  let attempts = await readAttempts();
  const last = attempts.at(-1);
  if (last && (await handInIfEnded(db, quiz, last, now))) attempts = await readAttempts();
  const latest = attempts.at(-1) ?? null;
  const inProgress = latest?.status === "in_progress" ? latest : null;
  const view = studentResultsView(quiz, attempts.length, now);
  return {
    quiz,
    attempts,
    inProgress,
    submitted: inProgress ? null : latest,
    ...view,
    canStart: !inProgress && !view.closed && view.attemptsLeft > 0,
    // The countdown shows only with a time limit (no timer by default), and runs to the due date if that comes first.
    deadline: inProgress && quiz.timeLimitMinutes ? attemptEndsAt(quiz, inProgress.startedAt) : null,
    // Handed in at the moment it ended by itself, not by the student's own submit (see handInIfEnded).
    handedInAtEnd: Boolean(latest && !inProgress && wasHandedInAtEnd(quiz, latest)),
  };
}

export type ResultsQuiz = {
  release: string;
  releasedAt: Date | null;
  betweenAttempts: string;
  attemptsAllowed: number;
  lateWorkAllowed: boolean;
  assignment: { dueAt: Date | null };
};

/**
 * What a student may see of their submitted work on a quiz now, by the teacher's settings: the quiz page
 * and the student's own copy of their data (lib/privacy/student-export.ts) both follow it.
 */
export function studentResultsView(quiz: ResultsQuiz, attemptsUsed: number, now: Date) {
  const closed = isPastDue(quiz, now);
  const attemptsLeft = Math.max(0, quiz.attemptsAllowed - attemptsUsed);
  const released = resultsReleased(quiz, quiz.assignment.dueAt, now);
  const wait = released ? keyWait(quiz, { attemptsLeft, closed }) : null;
  return {
    closed,
    attemptsLeft,
    released,
    keyWait: wait,
    // Right or wrong per item: with release, except while the student may try again and the teacher chose
    // to show only the score then (a true/false item's verdict is its key).
    itemFeedback: released && !(wait === "lastAttempt" && quiz.betweenAttempts === "score"),
  };
}

/**
 * Why the key and explanations are still held back from a student whose results are released, or null when
 * they may see them. Not while the student may try again (the next attempt would be answered from the key);
 * and with "after the due date" and late work allowed, not until the teacher releases by hand, because at
 * the due date classmates may still be handing in late.
 */
export function keyWait(
  quiz: { release: string; releasedAt: Date | null; lateWorkAllowed: boolean },
  student: { attemptsLeft: number; closed: boolean },
): "lastAttempt" | "lateWork" | null {
  if (student.attemptsLeft > 0 && !student.closed) return "lastAttempt";
  if (quiz.release === "after_due" && quiz.lateWorkAllowed && !quiz.releasedAt) return "lateWork";
  return null;
}

export type SavedAnswers = Record<string, { value: unknown; seq: number }>;

/** The items of an attempt in progress as this student may see them, and what they have answered. */
export async function loadAttemptForStudent(db: Db, studentId: string, attempt: AttemptRef, readingId: string) {
  const [rows, answers] = await Promise.all([
    attemptItems(db, readingId, attempt),
    readStudentAnswers(db, attempt.id, studentId),
  ]);
  const items: StudentItem[] = rows.map((row) => toStudentItem(row.id, row.item, studentId));
  const saved: SavedAnswers = Object.fromEntries(
    answers.map((a) => [a.itemId, { value: JSON.parse(a.value) as unknown, seq: a.clientSeq }]),
  );
  return { items, saved };
}

/** What a student sees of one item after grading. `key` and `explanation` only when the key may be shown. */
export type ItemFeedback = {
  id: string;
  position: number;
  type: QuizItem["type"];
  prompt: { zhHant: string; en: string };
  options?: { key: string; zhHant: string; en: string }[];
  given: unknown;
  score: number | null;
  points: number;
  correct: boolean | null;
  teacherNote: string | null;
  key?: string | string[] | boolean | Classification;
  explanation?: { zhHant: string; en: string };
  paragraphs?: string[];
};

/**
 * Feedback on a submitted attempt. Right/wrong and the score come with release; the key, explanation and
 * the cited paragraphs only once the student cannot try again (no attempts left, or the quiz has closed),
 * so a second attempt is not answered from the first one's key. A short answer's explanation waits for
 * the teacher's grade.
 */
export async function loadFeedback(
  db: Db,
  studentId: string,
  attempt: AttemptRef,
  readingId: string,
  showKey: boolean,
): Promise<ItemFeedback[]> {
  const [rows, answers] = await Promise.all([
    attemptItems(db, readingId, attempt),
    readStudentAnswers(db, attempt.id, studentId, { submittedOnly: true }),
  ]);
  return rows.map((row) => {
    const { item } = row;
    const answer = answers.find((a) => a.itemId === row.id);
    const given = answer ? (JSON.parse(answer.value) as unknown) : null;
    const auto = gradeItem(item, given);
    const score = answer?.teacherScore ?? auto.score;
    const graded = score !== null;
    const feedback: ItemFeedback = {
      id: row.id,
      position: row.position,
      type: item.type,
      prompt: item.prompt,
      given,
      score,
      points: item.points,
      correct: answer?.teacherScore != null ? answer.teacherScore >= item.points : auto.correct,
      teacherNote: answer?.overrideReason ?? null,
    };
    if (item.type === "single" || item.type === "multiple") feedback.options = item.options;
    if (showKey && graded) {
      if (item.type !== "short") feedback.key = item.answer;
      feedback.explanation = item.explanation;
      feedback.paragraphs = item.paragraphs;
    }
    return feedback;
  });
}
