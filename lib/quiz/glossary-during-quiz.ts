import { studentAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";

/**
 * Whether the reader keeps its glossary from this student now: their attempt at this assignment's quiz is in
 * progress and the teacher switched the glossary off for that time (the quiz setting; on by default). Once
 * they hand in, the glossary is back.
 */
export async function isGlossaryHeldBack(db: Db, studentId: string, assignmentId: string): Promise<boolean> {
  const inProgress = await db.quizAttempt.count({
    where: {
      userId: studentId,
      status: "in_progress",
      quiz: { glossaryDuringQuiz: false, assignment: { id: assignmentId, ...studentAssignment(studentId) } },
    },
  });
  return inProgress > 0;
}
