import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { type AnswerView, keyViews, viewAnswer } from "./answer-view";
import { handInEndedAttempts, wasHandedInAtEnd } from "./attempts";
import { gradeItem } from "./grading";
import { itemBank, itemsOfAttempt, outdatedKeys } from "./item-bank";
import type { ItemType, QuizItem } from "./items";
import {
  type CountedAnswer,
  computeItemStats,
  type ItemStat,
  type ScoreBucket,
  scoreDistribution,
} from "./results-stats";
import { newAttemptItems } from "./selection";

export type { AnswerView, ItemStat, ScoreBucket };

type Bilingual = { zhHant: string; en: string };

export const ATTEMPT_STATUSES = ["not_started", "in_progress", "submitted", "graded"] as const;
export type ResultStatus = (typeof ATTEMPT_STATUSES)[number];

export type ResultItem = {
  id: string;
  key: string;
  position: number;
  type: ItemType;
  prompt: Bilingual;
  points: number;
  rubric: Bilingual | null;
};

export type StudentAnswer = {
  /** The item's column: its current revision. */
  itemId: string;
  /**
   * The revision this attempt is graded on, where a teacher's score is written: an earlier one when the item
   * was corrected after the attempt started; null when the item joined the quiz after (not part of it).
   */
  attemptItemId: string | null;
  /** null when the student left the item blank (no row yet). */
  answerId: string | null;
  value: unknown;
  view: AnswerView;
  /** What counts: the teacher's score if there is one, else the automatic one. */
  score: number | null;
  autoScore: number | null;
  teacherScore: number | null;
  overrideReason: string | null;
  /** The automatic verdict; null for short answers and blanks. */
  correct: boolean | null;
  /** The key of the revision this attempt is graded on, as answers read (several paragraphs may count); none for short answers. */
  keyViews: AnswerView[];
};

export type StudentResult = {
  studentId: string;
  displayName: string;
  loginName: string;
  status: ResultStatus;
  attemptId: string | null;
  score: number | null;
  maxScore: number;
  submittedAt: Date | null;
  /** Handed in for the student when the time limit or the due date ended the attempt (see handInIfEnded). */
  handedInAtEnd: boolean;
  attemptsUsed: number;
  /** Items this attempt has at an earlier revision than the current one (see regradeWithCurrentItems). */
  outdatedKeys: string[];
  /** One per item, in item order (empty before a first attempt). */
  answers: StudentAnswer[];
};

export type QueuedAnswer = {
  attemptId: string;
  itemId: string;
  studentId: string;
  studentName: string;
  /** The item's number in the quiz (people see "第 24 題", never its key). */
  itemPosition: number;
  prompt: Bilingual;
  rubric: Bilingual | null;
  /** Exactly as typed: the page shows it as plain text. */
  answerText: string;
  points: number;
};

export type QuizResults = NonNullable<Awaited<ReturnType<typeof loadQuizResults>>>;

/**
 * Everything the teacher's results page and the CSV export show, or null unless the assignment belongs to
 * a class this teacher owns (checked in the query, so another teacher's id finds nothing).
 *
 * The rule for several attempts: the student's MOST RECENT attempt counts (its status, score and answers);
 * earlier attempts only add to "attempts used". Statistics, the distribution and the grading queue use the
 * counted attempts that are submitted or graded.
 */
export async function loadQuizResults(db: Db, teacherId: string, assignmentId: string, now = new Date()) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    select: {
      id: true,
      title: true,
      readingId: true,
      quizEnabled: true,
      dueAt: true,
      classroom: {
        select: {
          id: true,
          name: true,
          enrollments: { select: { user: { select: { id: true, displayName: true, loginName: true } } } },
        },
      },
      quiz: {
        select: {
          id: true,
          attemptsAllowed: true,
          itemSelection: true,
          chosenKeys: true,
          randomCount: true,
          orderByParagraph: true,
          timeLimitMinutes: true,
          release: true,
          releasedAt: true,
          lateWorkAllowed: true,
          accommodations: { select: { userId: true, extraMinutes: true } },
        },
      },
    },
  });
  if (!assignment?.quiz) return null;
  const quiz = assignment.quiz;
  // Attempts whose time is up or whose quiz has closed count as handed in (their students may never come back).
  await handInEndedAttempts(db, quiz.id, now);
  // Sorted here rather than in SQL: SQLite and PostgreSQL collate Chinese names differently.
  const students = assignment.classroom.enrollments
    .map((e) => e.user)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "zh-Hant"));

  const [bank, paragraphs, attempts] = await Promise.all([
    itemBank(db, assignment.readingId),
    db.readingParagraph.findMany({ where: { readingId: assignment.readingId }, select: { id: true, position: true } }),
    db.quizAttempt.findMany({
      where: { quizId: quiz.id, userId: { in: students.map((s) => s.id) } },
      orderBy: { number: "desc" },
      select: {
        id: true,
        userId: true,
        status: true,
        score: true,
        maxScore: true,
        startedAt: true,
        regradedAt: true,
        itemKeys: true,
        submittedAt: true,
      },
    }),
  ]);
  // The columns are the quiz as it stands; each student's attempt answers them at its own revisions.
  const current = bank.filter((i) => i.retiredAt === null);
  const items: ResultItem[] = current.map(({ id, key, position, item }) => ({
    id,
    key,
    position,
    type: item.type,
    prompt: { zhHant: item.prompt.zhHant, en: item.prompt.en },
    points: item.points,
    rubric: item.type === "short" ? { zhHant: item.rubric.zhHant, en: item.rubric.en } : null,
  }));
  const totalPoints = items.reduce((sum, i) => sum + i.points, 0);
  const positions = new Map(paragraphs.map((p) => [p.id, p.position]));
  // What a student's first attempt would be out of: the items the quiz's selection would ask them.
  const newAttemptMax = (studentId: string) =>
    newAttemptItems(current, quiz, studentId, quiz.id).reduce((sum, i) => sum + i.item.points, 0);

  const latest = new Map<string, (typeof attempts)[number]>();
  const used = new Map<string, number>();
  for (const a of attempts) {
    if (!latest.has(a.userId)) latest.set(a.userId, a); // ordered newest first
    used.set(a.userId, (used.get(a.userId) ?? 0) + 1);
  }
  const answerRows = await db.quizAnswer.findMany({
    where: { attemptId: { in: [...latest.values()].map((a) => a.id) } },
  });
  const answerOf = new Map(answerRows.map((a) => [`${a.attemptId} ${a.itemId}`, a]));

  const timingFor = (studentId: string) => ({
    ...quiz,
    accommodations: quiz.accommodations.filter((a) => a.userId === studentId),
    assignment: { dueAt: assignment.dueAt },
  });
  const rows: StudentResult[] = students.map((s) => {
    const attempt = latest.get(s.id);
    const own = attempt ? itemsOfAttempt(bank, attempt) : [];
    const answers = attempt
      ? current.map((column) => {
          const revision = own.find((i) => i.key === column.key);
          const row = revision && answerOf.get(`${attempt.id} ${revision.id}`);
          return toStudentAnswer(revision?.item ?? column.item, column.id, revision?.id ?? null, row, positions);
        })
      : [];
    return {
      studentId: s.id,
      displayName: s.displayName,
      loginName: s.loginName,
      status: (attempt?.status as ResultStatus | undefined) ?? "not_started",
      attemptId: attempt?.id ?? null,
      score: attempt && attempt.status !== "in_progress" ? attempt.score : null,
      // Before grading, an attempt's own items (its quiz may ask some of the bank); no attempt yet: the items
      // the quiz's selection would ask this student.
      maxScore: attempt?.maxScore ?? (attempt ? own.reduce((n, i) => n + i.item.points, 0) : newAttemptMax(s.id)),
      submittedAt: attempt?.submittedAt ?? null,
      handedInAtEnd: attempt ? wasHandedInAtEnd(timingFor(s.id), attempt) : false,
      attemptsUsed: used.get(s.id) ?? 0,
      outdatedKeys: attempt && attempt.status !== "in_progress" ? outdatedKeys(bank, attempt) : [],
      answers,
    };
  });

  const counted = rows.filter((r) => r.status === "submitted" || r.status === "graded");
  // An item's figures are over the attempts that answered its current revision.
  const countedAnswers: CountedAnswer[] = counted.flatMap((r) => r.answers.filter((a) => a.attemptItemId === a.itemId));
  const gradingQueue: QueuedAnswer[] = [];
  for (const item of items) {
    if (item.type !== "short") continue;
    for (const r of counted) {
      const answer = r.answers.find((a) => a.itemId === item.id);
      if (answer?.view.kind !== "text" || answer.teacherScore !== null || !answer.attemptItemId) continue;
      gradingQueue.push({
        attemptId: r.attemptId!,
        itemId: answer.attemptItemId,
        studentId: r.studentId,
        studentName: r.displayName,
        itemPosition: item.position,
        prompt: item.prompt,
        rubric: item.rubric,
        answerText: answer.view.text,
        points: item.points,
      });
    }
  }

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      quizEnabled: assignment.quizEnabled,
      readingId: assignment.readingId,
      dueAt: assignment.dueAt,
      classroom: { id: assignment.classroom.id, name: assignment.classroom.name },
    },
    quiz,
    items,
    totalPoints,
    students: rows,
    itemStats: computeItemStats(items, countedAnswers),
    distribution: scoreDistribution(counted.map((r) => ({ score: r.score ?? 0, maxScore: r.maxScore }))),
    gradingQueue,
  };
}

function toStudentAnswer(
  item: QuizItem,
  itemId: string,
  attemptItemId: string | null,
  row:
    | {
        id: string;
        value: string;
        autoScore: number | null;
        teacherScore: number | null;
        overrideReason: string | null;
      }
    | undefined,
  positions: ReadonlyMap<string, number>,
): StudentAnswer {
  // A teacher's score on a blank item creates a row with the value null: still a blank.
  const value: unknown = row ? JSON.parse(row.value) : null;
  const blank = value === null;
  return {
    itemId,
    attemptItemId,
    answerId: row?.id ?? null,
    value,
    view: viewAnswer(item, value, positions),
    score: row ? (row.teacherScore ?? row.autoScore) : null,
    autoScore: row?.autoScore ?? null,
    teacherScore: row?.teacherScore ?? null,
    overrideReason: row?.overrideReason ?? null,
    correct: blank ? null : gradeItem(item, value).correct,
    keyViews: keyViews(item, positions),
  };
}
