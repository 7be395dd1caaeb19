import {
  activeTeacherAssignment,
  activeTeacherClassroom,
  assignableReading,
  studentAssignment,
  teacherAssignment,
} from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";

type NewAssignment = {
  classroomId: string;
  readingId: string;
  title: string;
  instructions: string;
  opensAt: Date;
  dueAt?: Date;
  readingEnabled: boolean;
  quizEnabled: boolean;
  debateEnabled: boolean;
};

/**
 * Readings a teacher may assign, in the order the form offers them: their own (newest first), then the
 * seeded library, then other teachers' readings shared with the school. The first is preselected.
 */
export async function listAssignableReadings(db: Db, teacherId: string) {
  const readings = await db.reading.findMany({
    // The newest revision of each: an earlier one stays with the assignments made on it (decision 0039).
    where: { ...assignableReading(teacherId), supersededAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, createdById: true },
  });
  const rank = (r: { createdById: string | null }) =>
    r.createdById === teacherId ? 0 : r.createdById === null ? 1 : 2;
  return readings.sort((a, b) => rank(a) - rank(b)).map(({ id, title }) => ({ id, title }));
}

export async function createAssignment(db: Db, teacherId: string, input: NewAssignment) {
  // Only in a class the teacher still teaches (an archived class is read-only).
  const classroom = await db.classroom.findFirst({
    where: { id: input.classroomId, ...activeTeacherClassroom(teacherId) },
    select: { id: true },
  });
  if (!classroom) fail("notFound");
  const classroomId = classroom.id;
  const reading = await db.reading.findFirst({
    where: { id: input.readingId, ...assignableReading(teacherId), supersededAt: null },
    select: { id: true, rubricLevels: true },
  });
  if (!reading) fail("required", "readingId");
  return db.assignment.create({
    // The quiz's and the debate board's settings rows come with the assignment (quiz: one attempt, no
    // timer, results on submit; board: opening phase, students choose sides), so switching a part on later
    // only flips its flag. The board's rubric starts from the reading's wording, the teacher's to change.
    data: {
      ...input,
      classroomId,
      readingId: reading.id,
      dueAt: input.dueAt ?? null,
      quiz: { create: {} },
      debate: { create: { rubricLevels: reading.rubricLevels } },
    },
    select: { id: true },
  });
}

/** An assignment of one of this teacher's classes, or null (the page shows 404). */
export function findTeacherAssignment(db: Db, teacherId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    include: {
      classroom: { select: { id: true, name: true, archived: true } },
      reading: {
        select: {
          id: true,
          title: true,
          revision: true,
          firstRevisionId: true,
          supersededAt: true,
          _count: { select: { paragraphs: true } },
        },
      },
    },
  });
}

/**
 * An assignment the teacher may still change or delete (its class is not archived), with what its edit and
 * delete pages show, or null: another teacher's, or an archived class's (the pages show 404).
 */
export function findChangeableAssignment(db: Db, teacherId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, ...activeTeacherAssignment(teacherId) },
    include: { classroom: { select: { id: true, name: true } }, reading: { select: { title: true } } },
  });
}

/** An assignment of one of this student's classes (open or not yet), or null. */
export function findStudentAssignment(db: Db, studentId: string, assignmentId: string) {
  return db.assignment.findFirst({
    where: { id: assignmentId, ...studentAssignment(studentId) },
    include: { classroom: { select: { name: true } } },
  });
}
