import { requireTeacherAssignment, teacherAssignmentForStudent } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { currentItems } from "./item-bank";
import type { BetweenAttempts, ReleaseMode } from "./release";
import type { QuizItemsInput } from "./schema";

/** The teacher's side of a quiz's settings. Every query names the teacher, so other teachers get notFound. */

/** The quiz settings of a teacher's assignment (created with defaults for assignments made before quizzes). */
export async function getQuizSettings(db: Db, teacherId: string, assignmentId: string) {
  const id = await requireTeacherAssignment(db, teacherId, assignmentId);
  const find = () => db.quiz.findUnique({ where: { assignmentId: id }, include: QUIZ_SETTINGS_INCLUDE });
  const existing = await find();
  if (existing) return existing;
  // Not an upsert: with nothing to update, Prisma runs it as a read then an insert, and a second tab's insert
  // in between would fail this one (docs/decisions/0015). An insert that finds the row made is as good.
  try {
    await db.quiz.create({ data: { assignmentId: id } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const created = await find();
  if (!created) fail("notFound"); // the assignment was deleted meanwhile
  return created;
}

const QUIZ_SETTINGS_INCLUDE = { accommodations: { include: { user: { select: { displayName: true } } } } } as const;

type Settings = {
  assignmentId: string;
  quizEnabled: boolean;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  release: ReleaseMode;
  betweenAttempts: BetweenAttempts;
  lateWorkAllowed: boolean;
  glossaryDuringQuiz: boolean;
};

export async function updateQuizSettings(db: Db, teacherId: string, input: Settings) {
  const id = await requireTeacherAssignment(db, teacherId, input.assignmentId);
  const { quizEnabled, assignmentId: _, ...settings } = input;
  await db.$transaction([
    db.assignment.update({ where: { id }, data: { quizEnabled } }),
    db.quiz.upsert({
      where: { assignmentId: id },
      update: settings,
      create: { assignmentId: id, ...settings },
    }),
  ]);
}

/** Shows results now, whatever the release mode. */
export async function releaseResults(db: Db, teacherId: string, assignmentId: string, now = new Date()) {
  const id = await requireTeacherAssignment(db, teacherId, assignmentId);
  await db.quiz.update({ where: { assignmentId: id }, data: { releasedAt: now } });
}

/** Extra minutes on the time limit for one enrolled student; 0 removes the accommodation. */
export async function setExtraTime(
  db: Db,
  teacherId: string,
  input: { assignmentId: string; studentId: string; extraMinutes: number },
) {
  const quiz = await db.quiz.findFirst({
    where: {
      assignment: { id: input.assignmentId, ...teacherAssignmentForStudent(teacherId, input.studentId) },
    },
    select: { id: true },
  });
  if (!quiz) fail("notFound");
  if (input.extraMinutes === 0) {
    await db.quizAccommodation.deleteMany({ where: { quizId: quiz.id, userId: input.studentId } });
    return;
  }
  await db.quizAccommodation.upsert({
    where: { quizId_userId: { quizId: quiz.id, userId: input.studentId } },
    update: { extraMinutes: input.extraMinutes },
    create: { quizId: quiz.id, userId: input.studentId, extraMinutes: input.extraMinutes },
  });
}

/**
 * Which of the reading's items the quiz asks. Attempts already started keep theirs (QuizAttempt.itemKeys);
 * new attempts follow the new selection. Chosen keys must be items now in the bank; a random draw takes
 * from 1 to all of them.
 */
export async function saveQuizItems(db: Db, teacherId: string, input: QuizItemsInput) {
  const id = await requireTeacherAssignment(db, teacherId, input.assignmentId);
  const { readingId } = await db.assignment.findUniqueOrThrow({ where: { id }, select: { readingId: true } });
  const keys = (await currentItems(db, readingId)).map((i) => i.key);
  const chosen = keys.filter((k) => input.chosenKeys.includes(k)); // in bank order
  if (input.itemSelection === "chosen" && chosen.length === 0) fail("chooseItems", "chosen");
  if (input.itemSelection === "random" && (input.randomCount < 1 || input.randomCount > keys.length))
    fail("randomCountInvalid", "randomCount");
  const data = {
    itemSelection: input.itemSelection,
    chosenKeys: JSON.stringify(input.itemSelection === "chosen" ? chosen : []),
    randomCount: input.itemSelection === "random" ? input.randomCount : 0,
    orderByParagraph: input.orderByParagraph,
  };
  await db.quiz.upsert({ where: { assignmentId: id }, update: data, create: { assignmentId: id, ...data } });
}
