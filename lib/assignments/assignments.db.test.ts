import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createStudentInClass, createTeacher } from "@/lib/accounts/accounts";
import {
  findTeacherClassroom,
  regenerateJoinCode,
  removeStudentFromClass,
  renameClassroom,
  setClassroomArchived,
} from "@/lib/classes/roster";
import { markAsRead, recordProgress } from "@/lib/readings/progress";
import { DEMO, seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { createAssignment, findStudentAssignment, findTeacherAssignment, listAssignableReadings } from "./assignments";
import { listStudentProgress, sortProgress } from "./progress-report";
import { createAssignmentSchema } from "./schema";

const ASSIGNMENT = "demo-assignment-h20";
const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";
const STUDENTS = ["demo-student-1", "demo-student-2", "demo-student-3"] as const;

const newAssignment = (overrides: Partial<Parameters<typeof createAssignment>[2]> = {}) => ({
  classroomId: CLASSROOM,
  readingId: LIBRARY_READING_ID,
  title: "第二週:再讀一次",
  instructions: "找出三個數字並查證。",
  opensAt: new Date("2025-09-01T00:00:00Z"),
  dueAt: new Date("2025-09-08T00:00:00Z"),
  readingEnabled: true,
  quizEnabled: false,
  debateEnabled: false,
  ...overrides,
});

describe.each(TEST_PROVIDERS)("assignments on %s", (provider) => {
  let t: TestDatabase;
  let otherTeacherId: string;
  let otherClassId: string;
  let otherStudentId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    otherTeacherId = (
      await createTeacher(t.db, { email: "li@school.tw", displayName: "李老師", password: "close-reading-2025" })
    ).id;
    otherClassId = (
      await t.db.classroom.create({ data: { name: "李老師的班", joinCode: "LICLS2", ownerId: otherTeacherId } })
    ).id;
    otherStudentId = (
      await t.db.user.create({
        data: { role: "STUDENT", loginName: "li.student", displayName: "外班同學", passwordHash: "x" },
      })
    ).id;
    await t.db.enrollment.create({ data: { classroomId: otherClassId, userId: otherStudentId } });
  });
  afterAll(() => t?.drop());
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("lets the class's teacher assign a library reading", async () => {
    const { id } = await createAssignment(t.db, TEACHER, newAssignment());
    const stored = await t.db.assignment.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "第二週:再讀一次",
      instructions: "找出三個數字並查證。",
      readingEnabled: true,
      quizEnabled: false,
      debateEnabled: false,
    });
    expect(stored.opensAt.toISOString()).toBe("2025-09-01T00:00:00.000Z");
    expect(stored.dueAt?.toISOString()).toBe("2025-09-08T00:00:00.000Z");

    const undated = await createAssignment(t.db, TEACHER, newAssignment({ dueAt: undefined }));
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: undated.id } })).dueAt).toBeNull();
  });

  it("refuses another teacher, and creates nothing", async () => {
    const before = await t.db.assignment.count();
    await expectFailure(createAssignment(t.db, otherTeacherId, newAssignment()), "notFound");
    expect(await t.db.assignment.count()).toBe(before);
  });

  it("refuses a reading owned by another teacher, which is not offered either", async () => {
    const own = await t.db.reading.create({
      data: {
        title: "李老師的講義",
        language: "zh-Hant",
        createdById: otherTeacherId,
        paragraphs: { create: [{ position: 1, text: "一段。" }] },
      },
    });
    expect((await listAssignableReadings(t.db, TEACHER)).map((r) => r.id)).toEqual([LIBRARY_READING_ID]);
    expect((await listAssignableReadings(t.db, otherTeacherId)).map((r) => r.id).sort()).toEqual(
      [LIBRARY_READING_ID, own.id].sort(),
    );
    const before = await t.db.assignment.count();
    await expectFailure(createAssignment(t.db, TEACHER, newAssignment({ readingId: own.id })), "required", "readingId");
    expect(await t.db.assignment.count()).toBe(before);
  });

  it("refuses a due date before the opening date", () => {
    const result = createAssignmentSchema.safeParse({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "T",
      opensAt: "2025-09-10T08:00",
      dueAt: "2025-09-01T08:00",
      readingEnabled: "on",
      quizEnabled: "",
      debateEnabled: "",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(z.flattenError(result.error).fieldErrors).toEqual({ dueAt: ["dueBeforeOpens"] });
    expect(result.error.issues).toEqual([expect.objectContaining({ path: ["dueAt"], message: "dueBeforeOpens" })]);
  });

  it("accepts a valid form: checkboxes to booleans, local times in the school's zone", () => {
    vi.stubEnv("TIME_ZONE", "Asia/Taipei");
    const result = createAssignmentSchema.safeParse({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "  第三週  ",
      opensAt: "2025-09-01T08:00",
      dueAt: "2025-09-08T17:30",
      readingEnabled: "on",
      quizEnabled: "",
      debateEnabled: "true",
    });
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({
      title: "第三週",
      instructions: "",
      readingEnabled: true,
      quizEnabled: false,
      debateEnabled: true,
    });
    expect(result.data?.opensAt.toISOString()).toBe("2025-09-01T00:00:00.000Z");
    expect(result.data?.dueAt?.toISOString()).toBe("2025-09-08T09:30:00.000Z");

    const noDue = createAssignmentSchema.safeParse({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "T",
      opensAt: "2025-09-01T08:00",
      dueAt: "",
      readingEnabled: "",
      quizEnabled: "on",
      debateEnabled: "",
    });
    expect(noDue.success).toBe(true);
    expect(noDue.data?.dueAt).toBeUndefined();
    expect(noDue.data?.readingEnabled).toBe(false);
  });

  it("refuses an assignment with no part switched on", () => {
    const none = createAssignmentSchema.safeParse({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "T",
      opensAt: "2025-09-01T08:00",
    });
    expect(none.success).toBe(false);
    expect(none.error && z.flattenError(none.error).fieldErrors).toMatchObject({ parts: ["noPartsOn"] });
  });

  it("treats an unticked checkbox, which the browser does not send at all, as false", () => {
    const asSent = createAssignmentSchema.safeParse({
      classroomId: CLASSROOM,
      readingId: LIBRARY_READING_ID,
      title: "T",
      opensAt: "2025-09-01T08:00",
      dueAt: "",
      readingEnabled: "on",
    });
    expect(asSent.error).toBeUndefined();
    expect(asSent.data).toMatchObject({ readingEnabled: true, quizEnabled: false, debateEnabled: false });
  });

  it("finds an assignment only for its class's teacher and students", async () => {
    const forOwner = await findTeacherAssignment(t.db, TEACHER, ASSIGNMENT);
    expect(forOwner).toMatchObject({
      id: ASSIGNMENT,
      classroom: { id: CLASSROOM },
      reading: { id: LIBRARY_READING_ID, _count: { paragraphs: 34 } },
    });
    expect(await findTeacherAssignment(t.db, otherTeacherId, ASSIGNMENT)).toBeNull();

    expect(await findStudentAssignment(t.db, STUDENTS[0], ASSIGNMENT)).toMatchObject({
      id: ASSIGNMENT,
      classroom: { name: DEMO.classroom.name },
    });
    expect(await findStudentAssignment(t.db, otherStudentId, ASSIGNMENT)).toBeNull();
  });

  it("hides the assignment from a removed student and ends their sessions", async () => {
    const leaver = await t.db.user.create({
      data: { role: "STUDENT", loginName: "leaver", displayName: "轉學生", passwordHash: "x" },
    });
    await t.db.enrollment.create({ data: { classroomId: CLASSROOM, userId: leaver.id } });
    expect(await findStudentAssignment(t.db, leaver.id, ASSIGNMENT)).not.toBeNull();

    await removeStudentFromClass(t.db, TEACHER, CLASSROOM, leaver.id);
    expect(await findStudentAssignment(t.db, leaver.id, ASSIGNMENT)).toBeNull();
    expect((await t.db.user.findUniqueOrThrow({ where: { id: leaver.id } })).sessionVersion).toBe(1);
  });

  it("reports every enrolled student's progress, including those who never opened it", async () => {
    await recordProgress(t.db, STUDENTS[0], { assignmentId: ASSIGNMENT, position: 17 });
    await markAsRead(t.db, STUDENTS[0], { assignmentId: ASSIGNMENT, read: true });
    await recordProgress(t.db, STUDENTS[1], { assignmentId: ASSIGNMENT, position: 5 });

    expect(await listStudentProgress(t.db, "someone-else", ASSIGNMENT, 34)).toEqual([]);
    const rows = await listStudentProgress(t.db, TEACHER, ASSIGNMENT, 34);
    expect(rows).toHaveLength(3);
    const byId = new Map(rows.map((r) => [r.studentId, r]));
    expect([...byId.keys()].sort()).toEqual([...STUDENTS]);
    expect(byId.get(STUDENTS[0])).toMatchObject({
      opened: true,
      furthestPosition: 17,
      percent: 50,
      markedRead: true,
      loginName: "student1",
    });
    // 5 / 34 = 14.7 %, rounded to the nearest.
    expect(byId.get(STUDENTS[1])).toMatchObject({ opened: true, furthestPosition: 5, percent: 15, markedRead: false });
    expect(byId.get(STUDENTS[1])?.lastActivityAt).toBeInstanceOf(Date);
    expect(byId.get(STUDENTS[2])).toMatchObject({
      opened: false,
      furthestPosition: 0,
      percent: 0,
      markedRead: false,
      lastActivityAt: null,
    });

    expect(sortProgress(rows, "progress", true).map((r) => r.studentId)).toEqual([
      STUDENTS[0],
      STUDENTS[1],
      STUDENTS[2],
    ]);
    expect(sortProgress(rows, "progress", false).map((r) => r.studentId)).toEqual([
      STUDENTS[2],
      STUDENTS[1],
      STUDENTS[0],
    ]);
  });

  it("regenerates the join code: the old one stops finding the class", async () => {
    await expectFailure(regenerateJoinCode(t.db, otherTeacherId, CLASSROOM), "notFound");
    expect((await t.db.classroom.findUniqueOrThrow({ where: { id: CLASSROOM } })).joinCode).toBe(
      DEMO.classroom.joinCode,
    );

    const { joinCode } = await regenerateJoinCode(t.db, TEACHER, CLASSROOM);
    expect(joinCode).not.toBe(DEMO.classroom.joinCode);
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await t.db.classroom.findUnique({ where: { joinCode: DEMO.classroom.joinCode } })).toBeNull();
    expect((await t.db.classroom.findUniqueOrThrow({ where: { joinCode } })).id).toBe(CLASSROOM);
    await expectFailure(
      createStudentInClass(t.db, {
        joinCode: DEMO.classroom.joinCode,
        loginName: "late.one",
        displayName: "L",
        password: "evidence-first-1",
      }),
      "joinCodeUnknown",
      "joinCode",
    );
  });

  it("lets only the class's teacher rename or archive it", async () => {
    await expectFailure(
      renameClassroom(t.db, otherTeacherId, { classroomId: CLASSROOM, name: "搶來的班" }),
      "notFound",
    );
    await expectFailure(
      setClassroomArchived(t.db, otherTeacherId, { classroomId: CLASSROOM, archived: true }),
      "notFound",
    );
    expect(await t.db.classroom.findUniqueOrThrow({ where: { id: CLASSROOM } })).toMatchObject({
      name: DEMO.classroom.name,
      archived: false,
    });
    expect(await findTeacherClassroom(t.db, otherTeacherId, CLASSROOM)).toBeNull();

    await renameClassroom(t.db, TEACHER, { classroomId: CLASSROOM, name: "高二乙" });
    await setClassroomArchived(t.db, TEACHER, { classroomId: CLASSROOM, archived: true });
    expect(await t.db.classroom.findUniqueOrThrow({ where: { id: CLASSROOM } })).toMatchObject({
      name: "高二乙",
      archived: true,
    });
    // An archived class's assignments are hidden from its students.
    expect(await findStudentAssignment(t.db, STUDENTS[0], ASSIGNMENT)).toBeNull();
  });
});
