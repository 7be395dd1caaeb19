import { studentAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";

/** Assignments of every active class the student is enrolled in; the enrollment check is in the query. */
export function listStudentAssignments(db: Db, studentId: string) {
  return db.assignment.findMany({
    where: studentAssignment(studentId),
    orderBy: [{ opensAt: "desc" }],
    select: {
      id: true,
      title: true,
      opensAt: true,
      dueAt: true,
      readingEnabled: true,
      quizEnabled: true,
      debateEnabled: true,
      classroom: { select: { name: true } },
      reading: { select: { title: true } },
    },
  });
}
