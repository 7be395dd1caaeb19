import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { gradeAttempt } from "./attempts";
import { attemptItems } from "./item-bank";

export type TeacherGrade = { attemptId: string; itemId: string; score: number; reason?: string | null };

/**
 * A teacher's score for one item of a submitted attempt: the grade of a short answer (the reason is then
 * optional feedback) or an override of an automatic score (the reason is required, so a changed score can
 * always be explained to the student and to a colleague). Recomputes the attempt's total and status.
 * Only attempts of this teacher's classes are found; an attempt still in progress is not gradable.
 */
export async function gradeAnswerAsTeacher(db: Db, teacherId: string, input: TeacherGrade) {
  const attempt = await db.quizAttempt.findFirst({
    where: {
      id: input.attemptId,
      status: { in: ["submitted", "graded"] },
      quiz: { assignment: teacherAssignment(teacherId) },
    },
    select: {
      id: true,
      startedAt: true,
      regradedAt: true,
      itemKeys: true,
      quiz: { select: { assignment: { select: { id: true, readingId: true } } } },
    },
  });
  if (!attempt) fail("notFound");
  const { id: assignmentId, readingId } = attempt.quiz.assignment;
  // Only the items this attempt is graded on (see itemsOfAttempt): not another revision, not another reading's.
  const row = (await attemptItems(db, readingId, attempt)).find((i) => i.id === input.itemId);
  if (!row) fail("notFound");
  const { item } = row;
  if (!Number.isFinite(input.score) || input.score < 0 || input.score > item.points) fail("scoreOutOfRange", "score");
  const reason = input.reason?.trim() || null;
  if (item.type !== "short" && !reason) fail("reasonRequired", "reason");
  const teacherScore = Math.round(input.score * 100) / 100;

  await db.quizAnswer.upsert({
    where: { attemptId_itemId: { attemptId: attempt.id, itemId: row.id } },
    // A blank item gets a row holding the answer null, so the score has somewhere to live.
    create: { attemptId: attempt.id, itemId: row.id, value: "null", teacherScore, overrideReason: reason },
    update: { teacherScore, overrideReason: reason },
  });
  const graded = await gradeAttempt(db, attempt, readingId);
  return { assignmentId, attempt: graded };
}
