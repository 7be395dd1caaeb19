import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { gradeAttempt } from "./attempts";
import { itemBank, itemsOfAttempt, outdatedKeys } from "./item-bank";
import { answerValueSchema, choosesOwnOptions, type QuizItem } from "./items";

/**
 * "Grade again with the current items", on the teacher's request (decision 0023): every handed-in attempt of
 * this quiz that was graded on an earlier revision of an item now counts that item's current revision. Each
 * answer moves to the new revision when it still fits it (an option the new revision no longer has does
 * not; that answer stays with the revision it answered and the item counts as blank). Teachers' scores and
 * reasons move with their answers. Items added to the quiz after an attempt started stay out of it.
 *
 * Per attempt, the moves and the new item time are one transaction that also clears the total, so a crash
 * before the grade is written leaves an attempt that start-up grades (gradeUngradedAttempts), never a
 * stale total on new items. Returns how many attempts were graded again.
 */
export async function regradeWithCurrentItems(db: Db, teacherId: string, assignmentId: string, now = new Date()) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    select: { readingId: true, quiz: { select: { id: true } } },
  });
  if (!assignment?.quiz) fail("notFound");
  const { readingId } = assignment;
  const bank = await itemBank(db, readingId);
  const attempts = await db.quizAttempt.findMany({
    where: { quizId: assignment.quiz.id, status: { in: ["submitted", "graded"] } },
    select: {
      id: true,
      startedAt: true,
      regradedAt: true,
      itemKeys: true,
      answers: { select: { id: true, itemId: true, value: true } },
    },
  });
  let regraded = 0;
  for (const attempt of attempts) {
    if (outdatedKeys(bank, attempt).length === 0) continue;
    const before = itemsOfAttempt(bank, attempt);
    const after = itemsOfAttempt(bank, { ...attempt, regradedAt: now });
    const moves = attempt.answers.flatMap((answer) => {
      const old = before.find((i) => i.id === answer.itemId);
      const next = old && after.find((i) => i.key === old.key);
      if (!old || !next || next.id === old.id || !fits(next.item, JSON.parse(answer.value))) return [];
      return [db.quizAnswer.updateMany({ where: { id: answer.id, itemId: old.id }, data: { itemId: next.id } })];
    });
    await db.$transaction([
      ...moves,
      db.quizAttempt.update({ where: { id: attempt.id }, data: { regradedAt: now, maxScore: null } }),
    ]);
    await gradeAttempt(
      db,
      { id: attempt.id, startedAt: attempt.startedAt, regradedAt: now, itemKeys: attempt.itemKeys },
      readingId,
    );
    regraded += 1;
  }
  return { regraded };
}

/** Whether a stored answer is one this item can grade: its shape, and options it has. A blank always fits. */
function fits(item: QuizItem, value: unknown): boolean {
  if (value === null) return true;
  const parsed = answerValueSchema[item.type].safeParse(value);
  return parsed.success && choosesOwnOptions(item, parsed.data);
}
