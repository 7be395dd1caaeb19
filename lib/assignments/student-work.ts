import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";

export type StudentWork = {
  /** Students who have opened the reading. */
  readers: number;
  highlights: number;
  quizAttempts: number;
  /** Attempts handed in (submitted or graded). */
  handedIn: number;
  debatePosts: number;
};

/**
 * What students have done on an assignment of this teacher's, counted: what an edit affects and what a
 * deletion takes with it. null unless the assignment is the teacher's (checked in the query).
 */
export async function countStudentWork(db: Db, teacherId: string, assignmentId: string): Promise<StudentWork | null> {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    select: {
      _count: { select: { progress: true, highlights: true } },
      quiz: { select: { id: true } },
      // The teacher's own prompts on the board are not student work.
      debate: { select: { _count: { select: { posts: { where: { kind: { not: "prompt" } } } } } } },
    },
  });
  if (!found) return null;
  const attempts = found.quiz
    ? await db.quizAttempt.groupBy({ by: ["status"], where: { quizId: found.quiz.id }, _count: true })
    : [];
  const count = (statuses: string[]) =>
    attempts.filter((a) => statuses.includes(a.status)).reduce((sum, a) => sum + a._count, 0);
  return {
    readers: found._count.progress,
    highlights: found._count.highlights,
    quizAttempts: count(["in_progress", "submitted", "graded"]),
    handedIn: count(["submitted", "graded"]),
    debatePosts: found.debate?._count.posts ?? 0,
  };
}

export function hasStudentWork(work: StudentWork): boolean {
  return work.readers + work.highlights + work.quizAttempts + work.debatePosts > 0;
}
