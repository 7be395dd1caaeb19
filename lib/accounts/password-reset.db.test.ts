import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { createTeacher } from "./accounts";
import { issuePasswordResetCode, resetPasswordWithCode } from "./password-reset";

const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";
const STUDENT = { id: "demo-student-1", loginName: "student1" };
const NEW_PASSWORD = "a-new-password-2026";

describe.each(TEST_PROVIDERS)("password reset codes (%s)", (provider) => {
  let t: TestDatabase;
  const student = () => t.db.user.findUniqueOrThrow({ where: { id: STUDENT.id } });
  const issue = (now?: Date) =>
    issuePasswordResetCode(t.db, TEACHER, { classroomId: CLASSROOM, studentId: STUDENT.id }, now);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(() => t?.drop());

  it("gives the teacher a code shown once, of which only a hash is kept", async () => {
    const { code, loginName } = await issue();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(loginName).toBe(STUDENT.loginName);
    const rows = await t.db.passwordReset.findMany({ where: { userId: STUDENT.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(code.replace("-", ""));
    expect(rows[0]).toMatchObject({ issuedById: TEACHER, usedAt: null });
  });

  it("sets the new password once, however the code is typed, and ends the student's other sessions", async () => {
    const { code } = await issue();
    const before = await student();
    const typed = ` ${code.toLowerCase().replace("-", " ")} `;
    await resetPasswordWithCode(t.db, { loginName: STUDENT.loginName, code: typed, newPassword: NEW_PASSWORD });
    const after = await student();
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    // Used: a second try (or a resend) changes nothing.
    await expectFailure(
      resetPasswordWithCode(t.db, { loginName: STUDENT.loginName, code, newPassword: "another-password-99" }),
      "resetCodeInvalid",
      "code",
    );
    expect((await student()).passwordHash).toBe(after.passwordHash);
  });

  it("lets only one of two uses sent at once through", async () => {
    const { code } = await issue();
    const results = await Promise.allSettled(
      ["first-new-password-1", "second-new-password-2"].map((newPassword) =>
        resetPasswordWithCode(t.db, { loginName: STUDENT.loginName, code, newPassword }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const hash = (await student()).passwordHash;
    const [first, second] = [
      await verifyPassword(hash, "first-new-password-1"),
      await verifyPassword(hash, "second-new-password-2"),
    ];
    expect(results[0]!.status === "fulfilled" ? first : second).toBe(true);
  });

  it("refuses a code for another name, an expired code and a code replaced by a newer one", async () => {
    const { code: old } = await issue();
    const { code: current } = await issue(); // replaces the first
    const tryCode = (loginName: string, code: string, now?: Date) =>
      resetPasswordWithCode(t.db, { loginName, code, newPassword: NEW_PASSWORD }, now);
    await expectFailure(tryCode(STUDENT.loginName, old), "resetCodeInvalid", "code");
    await expectFailure(tryCode("student2", current), "resetCodeInvalid", "code");
    await expectFailure(tryCode("nobody", current), "resetCodeInvalid", "code");
    await expectFailure(
      tryCode(STUDENT.loginName, current, new Date(Date.now() + 25 * 3_600_000)),
      "resetCodeInvalid",
      "code",
    );
    await tryCode(STUDENT.loginName, current); // still good within its day
  });

  it("is refused to another teacher, for a student not in the class, and for a teacher's own account", async () => {
    const other = await createTeacher(t.db, {
      email: `li-${provider}@school.tw`,
      displayName: "李老師",
      password: "close-reading-2025",
    });
    const count = await t.db.passwordReset.count();
    await expectFailure(
      issuePasswordResetCode(t.db, other.id, { classroomId: CLASSROOM, studentId: STUDENT.id }),
      "notFound",
    );
    await expectFailure(
      issuePasswordResetCode(t.db, TEACHER, { classroomId: CLASSROOM, studentId: other.id }),
      "notFound",
    );
    await expectFailure(
      issuePasswordResetCode(t.db, TEACHER, { classroomId: CLASSROOM, studentId: TEACHER }),
      "notFound",
    );
    await expectFailure(
      issuePasswordResetCode(t.db, STUDENT.id, { classroomId: CLASSROOM, studentId: "demo-student-2" }),
      "notFound",
    );
    expect(await t.db.passwordReset.count()).toBe(count);
  });
});
