import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/sqlite/client";
import {
  activeTeacherAssignment,
  activeTeacherAssignmentSql,
  activeTeacherClassroom,
  activeTeacherClassroomSql,
  assignableReading,
  assignableReadingSql,
  enrolledIn,
  enrolledInSql,
  hasOpened,
  joinableClassroom,
  joinableClassroomSql,
  openedAssignment,
  requireTeacherAssignment,
  requireTeacherClassroom,
  studentAssignment,
  studentAssignmentSql,
  studentOfTeacherClassroom,
  studentOfTeacherClassroomSql,
  teacherAssignment,
  teacherAssignmentForStudent,
  teacherAssignmentForStudentSql,
  teacherAssignmentSql,
  teacherClassroom,
  teacherClassroomSql,
} from "./access";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "./testing/databases";
import { expectFailure } from "./testing/expect-failure";

// Every rule's Prisma fragment and SQL twin, over the same cases: they must agree with each other and with
// what the rule says. One class of each kind: the teacher's (C1), the teacher's archived one (CA) and another
// teacher's (C2). Student S is in C1 and CA, R was removed from C1, O is in C2 only.
const NOW = new Date("2026-09-01T08:00:00Z");
const PAST = new Date("2026-08-31T08:00:00Z");
const FUTURE = new Date("2026-09-02T08:00:00Z");

const ids = {
  T1: "teacher-one",
  T2: "teacher-two",
  S: "student-enrolled",
  R: "student-removed",
  O: "student-other-class",
  C1: "class-one",
  CA: "class-archived",
  C2: "class-other-teacher",
  A1: "assignment-open",
  AF: "assignment-not-yet-open",
  AA: "assignment-archived-class",
  A2: "assignment-other-teacher",
  RS: "reading-shared",
  R1: "reading-of-teacher-one",
  R2: "reading-of-teacher-two",
  R2S: "reading-of-teacher-two-shared",
} as const;

async function seed(db: TestDatabase["db"]) {
  for (const [id, role] of [
    [ids.T1, "TEACHER"],
    [ids.T2, "TEACHER"],
    [ids.S, "STUDENT"],
    [ids.R, "STUDENT"],
    [ids.O, "STUDENT"],
  ] as const)
    await db.user.create({ data: { id, role, loginName: id, displayName: id, passwordHash: "-" } });
  await db.classroom.create({ data: { id: ids.C1, name: "C1", ownerId: ids.T1, joinCode: "JOINONE1" } });
  await db.classroom.create({
    data: { id: ids.CA, name: "CA", ownerId: ids.T1, joinCode: "JOINARCH", archived: true },
  });
  await db.classroom.create({ data: { id: ids.C2, name: "C2", ownerId: ids.T2, joinCode: "JOINTWO2" } });
  for (const [classroomId, userId] of [
    [ids.C1, ids.S],
    [ids.CA, ids.S],
    [ids.C1, ids.R],
    [ids.C2, ids.O],
  ] as const)
    await db.enrollment.create({ data: { classroomId, userId } });
  await db.enrollment.deleteMany({ where: { classroomId: ids.C1, userId: ids.R } });
  for (const [id, createdById, shared] of [
    [ids.RS, null, false],
    [ids.R1, ids.T1, false],
    [ids.R2, ids.T2, false],
    [ids.R2S, ids.T2, true],
  ] as const)
    await db.reading.create({
      data: { id, title: id, language: "zh-Hant", createdById, shared },
    });
  for (const [id, classroomId, opensAt] of [
    [ids.A1, ids.C1, PAST],
    [ids.AF, ids.C1, FUTURE],
    [ids.AA, ids.CA, PAST],
    [ids.A2, ids.C2, PAST],
  ] as const)
    await db.assignment.create({ data: { id, classroomId, readingId: ids.RS, title: id, opensAt } });
}

async function sqlCount(db: TestDatabase["db"], from: Prisma.Sql, id: string, rule: Prisma.Sql) {
  const rows = await db.$queryRaw<
    { n: bigint | number }[]
  >`SELECT count(*) AS n FROM ${from} WHERE "id" = ${id} AND ${rule}`;
  return Number(rows[0]?.n);
}

for (const provider of TEST_PROVIDERS) {
  describe(`access rules (${provider})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(provider);
      await seed(t.db);
    });
    afterAll(() => t.drop());

    const assignmentIn = async (id: string, where: Prisma.AssignmentWhereInput, rule: Prisma.Sql) => {
      const prisma = await t.db.assignment.count({ where: { id, ...where } });
      return { prisma, sql: await sqlCount(t.db, Prisma.sql`"Assignment" a`, id, rule) };
    };
    const both = (allowed: boolean) => ({ prisma: Number(allowed), sql: Number(allowed) });

    test.each([
      ["enrolled", ids.S, ids.A1, true],
      ["enrolled, not yet open (openedAssignment decides)", ids.S, ids.AF, true],
      ["removed from the class", ids.R, ids.A1, false],
      ["archived class", ids.S, ids.AA, false],
      ["other class", ids.O, ids.A1, false],
      ["own class of the other teacher", ids.O, ids.A2, true],
      ["the class's teacher is not a student of it", ids.T1, ids.A1, false],
    ])("studentAssignment: %s", async (_case, studentId, assignmentId, allowed) => {
      expect(await assignmentIn(assignmentId, studentAssignment(studentId), studentAssignmentSql(studentId))).toEqual(
        both(allowed),
      );
    });

    test.each([
      ["opened", ids.A1, true],
      ["not yet open", ids.AF, false],
    ])("openedAssignment: %s", async (_case, assignmentId, opened) => {
      const prisma = await t.db.assignment.count({ where: { id: assignmentId, ...openedAssignment(NOW) } });
      const row = await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
      expect({ prisma, js: Number(hasOpened(row, NOW)) }).toEqual({ prisma: Number(opened), js: Number(opened) });
    });

    test.each([
      ["enrolled", ids.S, ids.C1, true],
      ["enrolled, archived class", ids.S, ids.CA, true],
      ["removed from the class", ids.R, ids.C1, false],
      ["other class", ids.O, ids.C1, false],
      ["the class's teacher", ids.T1, ids.C1, false],
    ])("enrolledIn: %s", async (_case, userId, classroomId, allowed) => {
      const prisma = await t.db.user.count({ where: { id: userId, ...enrolledIn(classroomId) } });
      expect({ prisma, sql: await sqlCount(t.db, Prisma.sql`"User" u`, userId, enrolledInSql(classroomId)) }).toEqual(
        both(allowed),
      );
    });

    test.each([
      ["a class's code", "JOINONE1", ids.C1, true],
      ["an archived class's code", "JOINARCH", ids.CA, false],
      ["a code that is not this class's", "JOINTWO2", ids.C1, false],
    ])("joinableClassroom: %s", async (_case, code, classroomId, allowed) => {
      const prisma = await t.db.classroom.count({ where: { id: classroomId, ...joinableClassroom(code) } });
      expect({
        prisma,
        sql: await sqlCount(t.db, Prisma.sql`"Classroom" c`, classroomId, joinableClassroomSql(code)),
      }).toEqual(both(allowed));
    });

    test.each([
      ["own class", ids.T1, ids.C1, true],
      ["own archived class", ids.T1, ids.CA, true],
      ["other teacher's class", ids.T2, ids.C1, false],
      ["a student of the class", ids.S, ids.C1, false],
    ])("teacherClassroom: %s", async (_case, teacherId, classroomId, allowed) => {
      const prisma = await t.db.classroom.count({ where: { id: classroomId, ...teacherClassroom(teacherId) } });
      expect({
        prisma,
        sql: await sqlCount(t.db, Prisma.sql`"Classroom" c`, classroomId, teacherClassroomSql(teacherId)),
      }).toEqual(both(allowed));
    });

    test.each([
      ["own class", ids.T1, ids.C1, true],
      ["own archived class", ids.T1, ids.CA, false],
      ["other teacher's class", ids.T2, ids.C1, false],
      ["a student of the class", ids.S, ids.C1, false],
    ])("activeTeacherClassroom: %s", async (_case, teacherId, classroomId, allowed) => {
      const prisma = await t.db.classroom.count({ where: { id: classroomId, ...activeTeacherClassroom(teacherId) } });
      expect({
        prisma,
        sql: await sqlCount(t.db, Prisma.sql`"Classroom" c`, classroomId, activeTeacherClassroomSql(teacherId)),
      }).toEqual(both(allowed));
    });

    test.each([
      ["own class", ids.T1, ids.A1, true],
      ["own class, not yet open", ids.T1, ids.AF, true],
      ["own archived class", ids.T1, ids.AA, false],
      ["other teacher's class", ids.T2, ids.A1, false],
      ["a student of the class", ids.S, ids.A1, false],
    ])("activeTeacherAssignment: %s", async (_case, teacherId, assignmentId, allowed) => {
      expect(
        await assignmentIn(assignmentId, activeTeacherAssignment(teacherId), activeTeacherAssignmentSql(teacherId)),
      ).toEqual(both(allowed));
    });

    test.each([
      ["own class", ids.T1, ids.A1, true],
      ["own class, not yet open", ids.T1, ids.AF, true],
      ["own archived class", ids.T1, ids.AA, true],
      ["other teacher's class", ids.T2, ids.A1, false],
      ["a student of the class", ids.S, ids.A1, false],
    ])("teacherAssignment: %s", async (_case, teacherId, assignmentId, allowed) => {
      expect(await assignmentIn(assignmentId, teacherAssignment(teacherId), teacherAssignmentSql(teacherId))).toEqual(
        both(allowed),
      );
    });

    test.each([
      ["enrolled student", ids.T1, ids.S, ids.A1, true],
      ["enrolled student, archived class", ids.T1, ids.S, ids.AA, true],
      ["removed student", ids.T1, ids.R, ids.A1, false],
      ["student of another class", ids.T1, ids.O, ids.A1, false],
      ["other teacher", ids.T2, ids.S, ids.A1, false],
    ])("teacherAssignmentForStudent: %s", async (_case, teacherId, studentId, assignmentId, allowed) => {
      expect(
        await assignmentIn(
          assignmentId,
          teacherAssignmentForStudent(teacherId, studentId),
          teacherAssignmentForStudentSql(teacherId, studentId),
        ),
      ).toEqual(both(allowed));
    });

    test.each([
      ["enrolled student", ids.T1, ids.C1, ids.S, true],
      ["enrolled student, archived class", ids.T1, ids.CA, ids.S, true],
      ["removed student", ids.T1, ids.C1, ids.R, false],
      ["student of another class", ids.T1, ids.C1, ids.O, false],
      ["other teacher", ids.T2, ids.C1, ids.S, false],
      ["the teacher themself", ids.T1, ids.C1, ids.T1, false],
    ])("studentOfTeacherClassroom: %s", async (_case, teacherId, classroomId, userId, allowed) => {
      const prisma = await t.db.user.count({
        where: { id: userId, ...studentOfTeacherClassroom(teacherId, classroomId) },
      });
      expect({
        prisma,
        sql: await sqlCount(t.db, Prisma.sql`"User" u`, userId, studentOfTeacherClassroomSql(teacherId, classroomId)),
      }).toEqual(both(allowed));
    });

    test.each([
      ["shared library", ids.T1, ids.RS, true],
      ["own reading", ids.T1, ids.R1, true],
      ["other teacher's reading", ids.T1, ids.R2, false],
      ["other teacher's reading shared with the school", ids.T1, ids.R2S, true],
    ])("assignableReading: %s", async (_case, teacherId, readingId, allowed) => {
      const prisma = await t.db.reading.count({ where: { id: readingId, ...assignableReading(teacherId) } });
      expect({
        prisma,
        sql: await sqlCount(t.db, Prisma.sql`"Reading" r`, readingId, assignableReadingSql(teacherId)),
      }).toEqual(both(allowed));
    });

    test("requireTeacherClassroom and requireTeacherAssignment find only the teacher's own", async () => {
      expect(await requireTeacherClassroom(t.db, ids.T1, ids.CA)).toBe(ids.CA);
      await expectFailure(requireTeacherClassroom(t.db, ids.T2, ids.C1), "notFound");
      await expectFailure(requireTeacherClassroom(t.db, ids.S, ids.C1), "notFound");
      expect(await requireTeacherAssignment(t.db, ids.T1, ids.AF)).toBe(ids.AF);
      await expectFailure(requireTeacherAssignment(t.db, ids.T2, ids.A1), "notFound");
      await expectFailure(requireTeacherAssignment(t.db, ids.S, ids.A1), "notFound");
    });
  });
}
