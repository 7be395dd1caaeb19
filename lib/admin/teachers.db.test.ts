import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeacher } from "@/lib/accounts/accounts";
import { resetPasswordWithCode } from "@/lib/accounts/password-reset";
import { verifyPassword } from "@/lib/auth/passwords";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { schoolSettings, setRetentionDays } from "./settings";
import {
  approveTeacher,
  createTeacherInvite,
  issueTeacherResetCode,
  listTeachers,
  setAdministrator,
  setTeacherDisabled,
} from "./teachers";

const PASSWORD = "close-reading-2026";
const TEACHER = "demo-teacher";
const STUDENT = "demo-student-1";

describe.each(TEST_PROVIDERS)("school administrators (%s)", (provider) => {
  let t: TestDatabase;
  let admin: string;
  const user = (id: string) => t.db.user.findUniqueOrThrow({ where: { id } });
  const signUp = (email: string, policy: "open" | "approval" | "invite", invite?: string) =>
    createTeacher(t.db, { email, displayName: "新老師", password: PASSWORD, invite }, policy);

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    admin = (await signUp(`admin-${provider}@school.tw`, "open")).id;
    await t.db.user.update({ where: { id: admin }, data: { isAdmin: true } });
  });
  afterAll(() => t?.drop());

  it("approves a teacher who signed up under approval, once; nobody else can", async () => {
    const pending = await signUp(`pending-${provider}@school.tw`, "approval");
    expect(pending.status).toBe("pending");
    expect((await listTeachers(t.db, admin))[0]).toMatchObject({ id: pending.id, status: "pending" });
    // A teacher who is not an administrator, and the pending teacher themselves, get notFound.
    await expectFailure(approveTeacher(t.db, TEACHER, pending.id), "notFound");
    await expectFailure(approveTeacher(t.db, pending.id, pending.id), "notFound");
    await expectFailure(listTeachers(t.db, TEACHER), "notFound");
    // A student is never a teacher account to approve.
    await expectFailure(approveTeacher(t.db, admin, STUDENT), "notFound");
    expect((await user(pending.id)).status).toBe("pending");
    await approveTeacher(t.db, admin, pending.id);
    expect((await user(pending.id)).status).toBe("active");
    await expectFailure(approveTeacher(t.db, admin, pending.id), "notFound");
    await expectFailure(approveTeacher(t.db, admin, admin), "notOwnAccount");
    expect(await t.db.auditEvent.count({ where: { action: "teacher.approve", subjectId: pending.id } })).toBe(1);
  });

  it("signs up with an invite once, without approval, and refuses it used again, wrong or expired", async () => {
    await expectFailure(signUp(`no-invite-${provider}@school.tw`, "invite"), "inviteRequired");
    const { code } = await createTeacherInvite(t.db, admin);
    const invited = await signUp(`invited-${provider}@school.tw`, "invite", code.toLowerCase());
    expect(invited.status).toBe("active");
    await expectFailure(signUp(`second-${provider}@school.tw`, "invite", code), "inviteInvalid");
    await expectFailure(signUp(`wrong-${provider}@school.tw`, "approval", "AAAABBBBCCCCDDDD"), "inviteInvalid");
    const old = await createTeacherInvite(t.db, admin, new Date(Date.now() - 8 * 24 * 3_600_000));
    await expectFailure(signUp(`late-${provider}@school.tw`, "open", old.code), "inviteInvalid");
    expect(
      await t.db.user.count({
        where: { email: { in: [`second-${provider}@school.tw`, `late-${provider}@school.tw`] } },
      }),
    ).toBe(0);
    await expectFailure(createTeacherInvite(t.db, TEACHER), "notFound");
  });

  it("disables and enables a teacher, ending their sessions; never the last administrator", async () => {
    const before = await user(TEACHER);
    await expectFailure(setTeacherDisabled(t.db, TEACHER, { teacherId: admin, disabled: true }), "notFound");
    await setTeacherDisabled(t.db, admin, { teacherId: TEACHER, disabled: true });
    expect(await user(TEACHER)).toMatchObject({ status: "disabled", sessionVersion: before.sessionVersion + 1 });
    await setTeacherDisabled(t.db, admin, { teacherId: TEACHER, disabled: false });
    expect((await user(TEACHER)).status).toBe("active");
    await expectFailure(setTeacherDisabled(t.db, admin, { teacherId: admin, disabled: true }), "notOwnAccount");
    await expectFailure(setAdministrator(t.db, admin, { teacherId: admin, isAdmin: false }), "lastAdmin");
    expect((await user(admin)).isAdmin).toBe(true);

    await setAdministrator(t.db, admin, { teacherId: TEACHER, isAdmin: true });
    await expectFailure(setAdministrator(t.db, admin, { teacherId: STUDENT, isAdmin: true }), "notFound");
    expect((await user(STUDENT)).isAdmin).toBe(false);
    // With two, either may step down; the one left cannot.
    await setAdministrator(t.db, TEACHER, { teacherId: TEACHER, isAdmin: false });
    await expectFailure(setAdministrator(t.db, admin, { teacherId: admin, isAdmin: false }), "lastAdmin");
  });

  it("gives a teacher a one-time reset code that ends their sessions and works once", async () => {
    const before = await user(TEACHER);
    await expectFailure(issueTeacherResetCode(t.db, TEACHER, admin), "notFound");
    await expectFailure(issueTeacherResetCode(t.db, admin, STUDENT), "notFound");
    const { code, loginName } = await issueTeacherResetCode(t.db, admin, TEACHER);
    expect((await user(TEACHER)).sessionVersion).toBe(before.sessionVersion + 1);
    await resetPasswordWithCode(t.db, { loginName, code, newPassword: "a-brand-new-one-2026" });
    expect(await verifyPassword((await user(TEACHER)).passwordHash, "a-brand-new-one-2026")).toBe(true);
    await expectFailure(
      resetPasswordWithCode(t.db, { loginName, code, newPassword: "yet-another-one-2026" }),
      "resetCodeInvalid",
      "code",
    );
  });

  it("keeps the school's retention period, set by an administrator only", async () => {
    expect(await schoolSettings(t.db)).toEqual({ retentionDays: 365 });
    await expectFailure(setRetentionDays(t.db, TEACHER, 30), "notFound");
    await setRetentionDays(t.db, admin, 200);
    expect(await schoolSettings(t.db)).toEqual({ retentionDays: 200 });
  });
});
