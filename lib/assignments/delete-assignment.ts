import { activeTeacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";

/**
 * Deletes an assignment of a class the teacher still teaches, and with it every student's work on it
 * (reading progress, highlights, quiz attempts, the board): the page asks the teacher to confirm first,
 * saying what goes (countStudentWork). One statement, so it is all gone or nothing is.
 */
export async function deleteAssignment(db: Db, teacherId: string, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, ...activeTeacherAssignment(teacherId) },
    select: { classroomId: true },
  });
  if (!found) fail("notFound");
  const deleted = await db.assignment.deleteMany({
    where: { id: assignmentId, ...activeTeacherAssignment(teacherId) },
  });
  if (deleted.count !== 1) fail("notFound");
  return { classroomId: found.classroomId };
}
