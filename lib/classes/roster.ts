import { requireTeacherClassroom, teacherClassroom } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { generateJoinCode } from "./join-code";

/** One of this teacher's classes with its roster and assignments, or null (the page shows 404). */
export function findTeacherClassroom(db: Db, teacherId: string, classroomId: string) {
  return db.classroom.findFirst({
    where: { id: classroomId, ...teacherClassroom(teacherId) },
    include: {
      enrollments: {
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, user: { select: { id: true, displayName: true, loginName: true } } },
      },
      assignments: { orderBy: { opensAt: "desc" }, select: { id: true, title: true, opensAt: true, dueAt: true } },
    },
  });
}

export async function renameClassroom(db: Db, teacherId: string, input: { classroomId: string; name: string }) {
  await db.classroom.update({
    where: { id: await requireTeacherClassroom(db, teacherId, input.classroomId) },
    data: { name: input.name },
  });
}

/** The class's last day (null: none); the retention job deletes its student data a period after it. */
export async function setClassEnd(db: Db, teacherId: string, input: { classroomId: string; endsOn: Date | null }) {
  await db.classroom.update({
    where: { id: await requireTeacherClassroom(db, teacherId, input.classroomId) },
    // A new date is a new schedule: the 30-day warning is due again.
    data: { endsOn: input.endsOn, retentionWarnedAt: null },
  });
}

export async function setClassroomArchived(
  db: Db,
  teacherId: string,
  input: { classroomId: string; archived: boolean },
) {
  await db.classroom.update({
    where: { id: await requireTeacherClassroom(db, teacherId, input.classroomId) },
    data: { archived: input.archived },
  });
}

/** A new code; the old one stops working at once. */
export async function regenerateJoinCode(db: Db, teacherId: string, classroomId: string) {
  const id = await requireTeacherClassroom(db, teacherId, classroomId);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.classroom.update({
        where: { id },
        data: { joinCode: generateJoinCode() },
        select: { joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** A teacher removes a student from one of their own classes; the student's sessions end. */
export async function removeStudentFromClass(db: Db, teacherId: string, classroomId: string, studentId: string) {
  const removed = await db.enrollment.deleteMany({
    where: { classroomId, userId: studentId, classroom: teacherClassroom(teacherId) },
  });
  if (removed.count === 0) fail("notFound");
  await db.user.update({ where: { id: studentId }, data: { sessionVersion: { increment: 1 } } });
}
