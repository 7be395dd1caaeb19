import { activeAdmin, teacherClassroomsOfStudent } from "@/lib/access";
import type { CurrentUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";

/**
 * Whose data of a student a person may have: the student all of their own; an administrator all of any
 * student's; a teacher what belongs to their own classes the student is in. Anyone else, and any id that is
 * not a student's, gets notFound (the same answer as for an id that does not exist).
 */
export type StudentDataScope = {
  studentId: string;
  classroomIds: string[] | "all";
  /**
   * The student's own copy: it holds back what their quiz page does not show yet (scores before the teacher
   * releases them; each item's verdict while a true/false key could be read from it before another attempt).
   */
  ownCopy: boolean;
};

export async function studentDataScope(db: Db, requester: CurrentUser, studentId: string): Promise<StudentDataScope> {
  const student = await db.user.findFirst({ where: { id: studentId, role: "STUDENT" }, select: { id: true } });
  if (!student) fail("notFound");
  if (requester.role === "STUDENT") {
    if (requester.id !== studentId) fail("notFound");
    return { studentId, classroomIds: "all", ownCopy: true };
  }
  if (await db.user.findFirst({ where: activeAdmin(requester.id), select: { id: true } }))
    return { studentId, classroomIds: "all", ownCopy: false };
  const classes = await db.classroom.findMany({
    where: teacherClassroomsOfStudent(requester.id, studentId),
    select: { id: true },
  });
  if (classes.length === 0) fail("notFound");
  return { studentId, classroomIds: classes.map((c) => c.id), ownCopy: false };
}
