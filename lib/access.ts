import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { DELETED_STUDENT_ID } from "@/lib/privacy/deleted-student-id";

/**
 * Who may see and change which records: every rule, once. A read or write puts its rule inside its own query
 * (a Prisma `where` fragment, or its SQL twin in a hand-written statement), so a record outside the rule is
 * simply not found: a page shows 404, a write fails with "notFound". Never load a record and check it after.
 *
 * SQL twins test the row their statement reads under a fixed alias: `a` for an "Assignment", `c` for a
 * "Classroom", `r` for a "Reading", `u` for a "User". lib/access.db.test.ts runs each rule's two forms over the same cases.
 *
 * Whether an assignment has opened is compared with the caller's clock (`now`): in Prisma as a fragment, and
 * after a SQL read with hasOpened, so both use one notion of time (the database's own clock is never asked).
 */

// ── Students ────────────────────────────────────────────────────────────────────────────────────────────────

/** An assignment of a class the student is enrolled in, while the class is not archived. */
export const studentAssignment = (studentId: string) =>
  ({
    classroom: { archived: false, enrollments: { some: { userId: studentId } } },
  }) satisfies Prisma.AssignmentWhereInput;

export const studentAssignmentSql = (studentId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Classroom" access_c JOIN "Enrollment" access_e ON access_e."classroomId" = access_c."id"
  WHERE access_c."id" = a."classroomId" AND access_c."archived" = ${false} AND access_e."userId" = ${studentId})`;

/** An assignment whose opening time has come (students see nothing of it before). */
export const openedAssignment = (now: Date) => ({ opensAt: { lte: now } }) satisfies Prisma.AssignmentWhereInput;

/** openedAssignment, for an assignment read by SQL. */
export const hasOpened = (assignment: { opensAt: Date }, now: Date) => assignment.opensAt <= now;

/** A person enrolled in this class now (a student removed from it is not). */
export const enrolledIn = (classroomId: string) =>
  ({ enrollments: { some: { classroomId } } }) satisfies Prisma.UserWhereInput;

export const enrolledInSql = (classroomId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Enrollment" access_e WHERE access_e."userId" = u."id" AND access_e."classroomId" = ${classroomId})`;

/** A class that takes students by its join code: any not archived. */
export const joinableClassroom = (joinCode: string) =>
  ({ joinCode, archived: false }) satisfies Prisma.ClassroomWhereInput;

export const joinableClassroomSql = (joinCode: string) =>
  Prisma.sql`(c."joinCode" = ${joinCode} AND c."archived" = ${false})`;

// ── Teachers ────────────────────────────────────────────────────────────────────────────────────────────────

/** A class this teacher owns (archived or not: the teacher still reads and exports an archived class). */
export const teacherClassroom = (teacherId: string) => ({ ownerId: teacherId }) satisfies Prisma.ClassroomWhereInput;

export const teacherClassroomSql = (teacherId: string) => Prisma.sql`(c."ownerId" = ${teacherId})`;

/** A class this teacher owns and still teaches (not archived): where new and changed work may go. */
export const activeTeacherClassroom = (teacherId: string) =>
  ({ ...teacherClassroom(teacherId), archived: false }) satisfies Prisma.ClassroomWhereInput;
export const activeTeacherClassroomSql = (teacherId: string) =>
  Prisma.sql`(c."ownerId" = ${teacherId} AND c."archived" = ${false})`;
/** An assignment of a class this teacher owns. */
export const teacherAssignment = (teacherId: string) =>
  ({ classroom: teacherClassroom(teacherId) }) satisfies Prisma.AssignmentWhereInput;

export const teacherAssignmentSql = (teacherId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Classroom" access_c WHERE access_c."id" = a."classroomId" AND access_c."ownerId" = ${teacherId})`;

/** An assignment of a class this teacher still teaches: one they may change or delete (an archived class is read-only). */
export const activeTeacherAssignment = (teacherId: string) =>
  ({ classroom: activeTeacherClassroom(teacherId) }) satisfies Prisma.AssignmentWhereInput;
export const activeTeacherAssignmentSql = (teacherId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Classroom" access_c
  WHERE access_c."id" = a."classroomId" AND access_c."ownerId" = ${teacherId} AND access_c."archived" = ${false})`;
/** An assignment of this teacher's class, which this student is enrolled in now (grading, seats, extra time). */
export const teacherAssignmentForStudent = (teacherId: string, studentId: string) =>
  ({
    classroom: { ...teacherClassroom(teacherId), enrollments: { some: { userId: studentId } } },
  }) satisfies Prisma.AssignmentWhereInput;

export const teacherAssignmentForStudentSql = (teacherId: string, studentId: string) => Prisma.sql`EXISTS (
  SELECT 1 FROM "Classroom" access_c JOIN "Enrollment" access_e ON access_e."classroomId" = access_c."id"
  WHERE access_c."id" = a."classroomId" AND access_c."ownerId" = ${teacherId} AND access_e."userId" = ${studentId})`;

/** A student enrolled now in this class of this teacher's (whose password the teacher may reset). */
export const studentOfTeacherClassroom = (teacherId: string, classroomId: string) =>
  ({
    role: "STUDENT",
    enrollments: { some: { classroom: { id: classroomId, ...teacherClassroom(teacherId) } } },
  }) satisfies Prisma.UserWhereInput;
export const studentOfTeacherClassroomSql = (
  teacherId: string,
  classroomId: string,
) => Prisma.sql`(u."role" = ${"STUDENT"} AND EXISTS (
  SELECT 1 FROM "Enrollment" access_e JOIN "Classroom" access_c ON access_c."id" = access_e."classroomId"
  WHERE access_e."userId" = u."id" AND access_c."id" = ${classroomId} AND access_c."ownerId" = ${teacherId}))`;
/**
 * A reading this teacher may open and assign: the seeded library (no owner), their own, and other teachers'
 * readings shared with the school. Another teacher's private reading is not found.
 */
export const assignableReading = (teacherId: string) =>
  ({ OR: [{ createdById: null }, { createdById: teacherId }, { shared: true }] }) satisfies Prisma.ReadingWhereInput;

export const assignableReadingSql = (teacherId: string) =>
  Prisma.sql`(r."createdById" IS NULL OR r."createdById" = ${teacherId} OR r."shared" = TRUE)`;

/** A reading this teacher wrote (theirs to change and share). */
export const ownReading = (teacherId: string) => ({ createdById: teacherId }) satisfies Prisma.ReadingWhereInput;

// ── Throwing helpers for writes ───────────────────────────────────────────────────────────────────────────────

/** The id of one of this teacher's classes, or fail("notFound"). */
export async function requireTeacherClassroom(db: Db, teacherId: string, classroomId: string) {
  const found = await db.classroom.findFirst({
    where: { id: classroomId, ...teacherClassroom(teacherId) },
    select: { id: true },
  });
  if (!found) fail("notFound");
  return found.id;
}

/** The id of an assignment of one of this teacher's classes, or fail("notFound"). */
export async function requireTeacherAssignment(db: Db, teacherId: string, assignmentId: string) {
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    select: { id: true },
  });
  if (!found) fail("notFound");
  return found.id;
}

/** An active school administrator's account (lib/admin): what every administrator's query starts from. */
export const activeAdmin = (adminId: string) =>
  ({ id: adminId, role: "TEACHER", isAdmin: true, status: "active" }) satisfies Prisma.UserWhereInput;

/** A teacher account an administrator manages (any status; never a student). */
export const managedTeacher = (teacherId: string) =>
  ({ id: teacherId, role: "TEACHER" }) satisfies Prisma.UserWhereInput;

/** Fails with notFound unless `adminId` is an active administrator. */
export async function requireAdmin(db: Db, adminId: string) {
  const found = await db.user.findFirst({ where: activeAdmin(adminId), select: { id: true } });
  if (!found) fail("notFound");
}

/** The classes of this teacher's that a student is in (for the teacher's share of a student's data). */
export const teacherClassroomsOfStudent = (teacherId: string, studentId: string) =>
  ({
    ...teacherClassroom(teacherId),
    enrollments: { some: { userId: studentId } },
  }) satisfies Prisma.ClassroomWhereInput;

/**
 * A class's students, for its deletion (lib/privacy/retention.ts): every student enrolled now, and every
 * student with work on its assignments. One removed from the class keeps their work there (they may join
 * again) until the class's data is deleted, and then it goes with the rest.
 */
export function studentsWithWorkIn(classroomId: string) {
  const inClass = { assignment: { classroomId } };
  return {
    role: "STUDENT",
    NOT: { id: DELETED_STUDENT_ID },
    OR: [
      { enrollments: { some: { classroomId } } },
      { readingProgress: { some: inClass } },
      { highlights: { some: inClass } },
      { quizAttempts: { some: { quiz: inClass } } },
      { accommodations: { some: { quiz: inClass } } },
      { debateSeats: { some: { debate: inClass } } },
      { debatePosts: { some: { debate: inClass } } },
      { debateRatings: { some: { post: { debate: inClass } } } },
      { debateReports: { some: { post: { debate: inClass } } } },
    ],
  } satisfies Prisma.UserWhereInput;
}

/** An account still in a class, or with work left anywhere: it stays when one class's data goes (retention). */
export const accountWithAnythingLeft = {
  OR: [
    { enrollments: { some: {} } },
    { readingProgress: { some: {} } },
    { highlights: { some: {} } },
    { quizAttempts: { some: {} } },
    { accommodations: { some: {} } },
    { debateSeats: { some: {} } },
    { debatePosts: { some: {} } },
    { debateRatings: { some: {} } },
    { debateReports: { some: {} } },
  ],
} satisfies Prisma.UserWhereInput;
