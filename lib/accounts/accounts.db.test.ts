import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { removeStudentFromClass } from "@/lib/classes/roster";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { changePassword, createStudentInClass, createTeacher, enrollInClass } from "./accounts";

describe.each(TEST_PROVIDERS)("accounts on %s", (provider) => {
  let t: TestDatabase;
  let classroomId: string;
  let teacherId: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    teacherId = (
      await createTeacher(t.db, { email: "wang@school.tw", displayName: "王老師", password: "close-reading-2025" })
    ).id;
    classroomId = (await t.db.classroom.create({ data: { name: "高二甲", joinCode: "ABC234", ownerId: teacherId } }))
      .id;
  });
  afterAll(() => t?.drop());

  it("stores a teacher with a hashed password, never the password", async () => {
    const user = await t.db.user.findUniqueOrThrow({ where: { id: teacherId } });
    expect(user).toMatchObject({ role: "TEACHER", loginName: "wang@school.tw", email: "wang@school.tw" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "close-reading-2025")).toBe(true);
  });

  it("refuses a second teacher with the same email", async () => {
    await expectFailure(
      createTeacher(t.db, { email: "wang@school.tw", displayName: "X", password: "another-pass-2025" }),
      "emailTaken",
      "email",
    );
  });

  it("creates a student enrolled in the class, with the name stored as typed", async () => {
    const s = await createStudentInClass(t.db, {
      joinCode: "ABC234",
      loginName: "chen.xm",
      displayName: "<b>陳</b>",
      password: "evidence-first-1",
    });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: s.id }, include: { enrollments: true } });
    expect(stored.displayName).toBe("<b>陳</b>");
    expect(stored.enrollments.map((e) => e.classroomId)).toEqual([classroomId]);
  });

  it("creates nothing for a wrong join code or a taken login name", async () => {
    const before = await t.db.user.count();
    await expectFailure(
      createStudentInClass(t.db, {
        joinCode: "ZZZ999",
        loginName: "new.one",
        displayName: "N",
        password: "evidence-first-1",
      }),
      "joinCodeUnknown",
      "joinCode",
    );
    await expectFailure(
      createStudentInClass(t.db, {
        joinCode: "ABC234",
        loginName: "chen.xm",
        displayName: "N",
        password: "evidence-first-1",
      }),
      "loginNameTaken",
      "loginName",
    );
    expect(await t.db.user.count()).toBe(before);
    expect(await t.db.enrollment.count()).toBe(1);
  });

  it("refuses to join an archived class", async () => {
    await t.db.classroom.create({ data: { name: "舊班", joinCode: "OLD234", ownerId: teacherId, archived: true } });
    await expectFailure(
      createStudentInClass(t.db, {
        joinCode: "OLD234",
        loginName: "late.one",
        displayName: "L",
        password: "evidence-first-1",
      }),
      "joinCodeUnknown",
      "joinCode",
    );
  });

  it("enrolls a student once when they join with the code again, or from several tabs at once", async () => {
    const other = await t.db.classroom.create({ data: { name: "高二乙", joinCode: "XYZ234", ownerId: teacherId } });
    const s = await createStudentInClass(t.db, {
      joinCode: "ABC234",
      loginName: "wu.tabs",
      displayName: "吳",
      password: "evidence-first-1",
    });
    const joins = await Promise.allSettled(Array.from({ length: 6 }, () => enrollInClass(t.db, s.id, "XYZ234")));
    expect(joins.filter((j) => j.status === "rejected")).toEqual([]);
    expect((await enrollInClass(t.db, s.id, "XYZ234")).id).toBe(other.id);
    expect(await t.db.enrollment.count({ where: { userId: s.id } })).toBe(2);
  });

  it("changing the password needs the current one and ends the other sessions", async () => {
    const s = await createStudentInClass(t.db, {
      joinCode: "ABC234",
      loginName: "lin.y",
      displayName: "林",
      password: "evidence-first-1",
    });
    await expectFailure(
      changePassword(t.db, s.id, { currentPassword: "wrong-password", newPassword: "evidence-second-2" }),
      "currentPasswordWrong",
      "currentPassword",
    );
    expect((await t.db.user.findUniqueOrThrow({ where: { id: s.id } })).sessionVersion).toBe(0);
    await changePassword(t.db, s.id, { currentPassword: "evidence-first-1", newPassword: "evidence-second-2" });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: s.id } });
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(after.passwordHash, "evidence-second-2")).toBe(true);
  });

  it("lets only the class's own teacher remove a student, which ends the student's sessions", async () => {
    const s = await createStudentInClass(t.db, {
      joinCode: "ABC234",
      loginName: "zhang.s",
      displayName: "張",
      password: "evidence-first-1",
    });
    const other = await createTeacher(t.db, {
      email: "other@school.tw",
      displayName: "李老師",
      password: "close-reading-2025",
    });
    await expectFailure(removeStudentFromClass(t.db, other.id, classroomId, s.id), "notFound");
    expect(await t.db.enrollment.count({ where: { userId: s.id } })).toBe(1);
    await removeStudentFromClass(t.db, teacherId, classroomId, s.id);
    expect(await t.db.enrollment.count({ where: { userId: s.id } })).toBe(0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: s.id } })).sessionVersion).toBe(1);
  });
});
