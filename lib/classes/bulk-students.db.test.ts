import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPasswordWithCode } from "@/lib/accounts/password-reset";
import { verifyPassword } from "@/lib/auth/passwords";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { addedStudentsCsv, addStudentsFromList, loginPrefix } from "./bulk-students";
import { bulkStudentsSchema } from "./schema";

const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("students added from a list (%s)", (provider) => {
  let t: TestDatabase;
  let prefix: string;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    prefix = loginPrefix((await t.db.classroom.findUniqueOrThrow({ where: { id: CLASSROOM } })).joinCode);
  });
  afterAll(() => t?.drop());

  it("makes an account in the class for each name, with a login name and a code that sets the password once", async () => {
    const { students, expiresAt } = await addStudentsFromList(t.db, TEACHER, {
      classroomId: CLASSROOM,
      names: ["王小明", "李小華", "王小明"],
    });
    expect(students.map((s) => s.loginName)).toEqual([`${prefix}01`, `${prefix}02`, `${prefix}03`]);
    expect(students.map((s) => s.name)).toEqual(["王小明", "李小華", "王小明"]);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3_600_000);
    const first = await t.db.user.findUniqueOrThrow({
      where: { loginName: `${prefix}01` },
      include: { enrollments: true },
    });
    expect(first).toMatchObject({ role: "STUDENT", displayName: "王小明" });
    expect(first.enrollments.map((e) => e.classroomId)).toEqual([CLASSROOM]);
    // No password works before the student sets one with the code.
    expect(await verifyPassword(first.passwordHash, "")).toBe(false);
    await resetPasswordWithCode(t.db, {
      loginName: `${prefix}01`,
      code: students[0]!.code,
      newPassword: "my-own-password-1",
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: first.id } });
    expect(await verifyPassword(after.passwordHash, "my-own-password-1")).toBe(true);

    // The next list numbers on from the names taken.
    const next = await addStudentsFromList(t.db, TEACHER, { classroomId: CLASSROOM, names: ["陳小美"] });
    expect(next.students[0]!.loginName).toBe(`${prefix}04`);
  });

  it("gives the same accounts new codes when the same list is sent again, not a second set", async () => {
    const send = () =>
      addStudentsFromList(t.db, TEACHER, {
        classroomId: CLASSROOM,
        names: ["甲", "乙"],
        clientKey: `key-${provider}-0123456789`,
      });
    const first = await send();
    const again = await send();
    expect(again.students.map((s) => s.loginName)).toEqual(first.students.map((s) => s.loginName));
    expect(again.students[0]!.code).not.toBe(first.students[0]!.code);
    expect(await t.db.user.count({ where: { displayName: { in: ["甲", "乙"] } } })).toBe(2);
    // The first codes were replaced: only the new ones work.
    await expectFailure(
      resetPasswordWithCode(t.db, {
        loginName: first.students[0]!.loginName,
        code: first.students[0]!.code,
        newPassword: "x-password-123",
      }),
      "resetCodeInvalid",
      "code",
    );
  });

  it("adds the list once when it is sent twice at the same moment", async () => {
    const send = () =>
      addStudentsFromList(t.db, TEACHER, {
        classroomId: CLASSROOM,
        names: ["丙", "丁", "戊"],
        clientKey: `twice-${provider}-0123456789`,
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect(b.students.map((s) => s.loginName)).toEqual(a.students.map((s) => s.loginName));
    expect(await t.db.user.count({ where: { displayName: { in: ["丙", "丁", "戊"] } } })).toBe(3);
  });

  it("gives no new code, on the list sent again, to a student no longer in the class", async () => {
    const send = () =>
      addStudentsFromList(t.db, TEACHER, {
        classroomId: CLASSROOM,
        names: ["己", "庚"],
        clientKey: `moved-${provider}-0123456789`,
      });
    const first = await send();
    const moved = await t.db.user.findUniqueOrThrow({ where: { loginName: first.students[0]!.loginName } });
    const otherTeacher = await t.db.user.create({
      data: { role: "TEACHER", loginName: `b-${provider}@school.tw`, displayName: "乙班", passwordHash: "x" },
    });
    await t.db.classroom.create({
      data: { name: "乙班", joinCode: `BCLS${provider.slice(0, 2).toUpperCase()}`, ownerId: otherTeacher.id },
    });
    await t.db.enrollment.updateMany({
      where: { userId: moved.id },
      data: { classroomId: (await t.db.classroom.findFirstOrThrow({ where: { name: "乙班" } })).id },
    });
    const again = await send();
    expect(again.students.map((s) => s.loginName)).toEqual([first.students[1]!.loginName]);
    expect(await t.db.user.count({ where: { displayName: { in: ["己", "庚"] } } })).toBe(2);
    // Once all of them have left, the list sent again says so instead of handing out an empty list.
    const stayed = await t.db.user.findUniqueOrThrow({ where: { loginName: first.students[1]!.loginName } });
    await t.db.enrollment.deleteMany({ where: { userId: stayed.id, classroomId: CLASSROOM } });
    await expectFailure(send(), "bulkStudentsLeft");
    expect(await t.db.user.count({ where: { displayName: { in: ["己", "庚"] } } })).toBe(2);
  });

  it("adds nobody to another teacher's class or an archived one", async () => {
    const other = await t.db.user.create({
      data: { role: "TEACHER", loginName: `other-${provider}@school.tw`, displayName: "別班", passwordHash: "x" },
    });
    await expectFailure(addStudentsFromList(t.db, other.id, { classroomId: CLASSROOM, names: ["偷加"] }), "notFound");
    await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: true } });
    await expectFailure(addStudentsFromList(t.db, TEACHER, { classroomId: CLASSROOM, names: ["晚來"] }), "notFound");
    await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: false } });
    expect(await t.db.user.count({ where: { displayName: { in: ["偷加", "晚來"] } } })).toBe(0);
  });
});

describe("the list of names", () => {
  const parse = (names: string) => bulkStudentsSchema.safeParse({ classroomId: "c1", names });
  it("takes one name a line, skips blank lines, and refuses an empty list, a long name or more than 100", () => {
    expect(parse("王小明\r\n\n  李小華 \n\u202E陳\n").data?.names).toEqual(["王小明", "李小華", "陳"]);
    expect(parse(" \n ").error?.issues[0]?.message).toBe("required");
    expect(parse("名".repeat(81)).error?.issues[0]?.message).toBe("nameTooLong");
    expect(parse(Array.from({ length: 101 }, (_, i) => `學生${i}`).join("\n")).error?.issues[0]?.message).toBe(
      "bulkTooMany",
    );
  });

  it("makes a CSV Excel reads, where a name cannot run as a formula", () => {
    const csv = addedStudentsCsv(
      [{ name: "=HYPERLINK(1)", loginName: "abcd01", code: "ABCD-EFGH" }],
      { name: "姓名", loginName: "登入名稱", code: "代碼", where: "網址" },
      "http://x/reset-password",
    );
    expect(csv).toBe("\uFEFF姓名,登入名稱,代碼,網址\r\n'=HYPERLINK(1),abcd01,ABCD-EFGH,http://x/reset-password\r\n");
  });
});
