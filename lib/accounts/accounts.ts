import { joinableClassroom } from "@/lib/access";
import { hashPassword, verifyPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { oneTimeCodeHash } from "./one-time-code";
import type { SignUpPolicy } from "./sign-up-policy";

/**
 * Account writes, each taking the database so the data-layer tests run them on SQLite and PostgreSQL.
 * Expected failures are thrown with fail(key, field) and become field messages in the form.
 */
export async function createTeacher(
  db: Db,
  input: { email: string; displayName: string; password: string; invite?: string },
  policy: SignUpPolicy = "open",
  now = new Date(),
): Promise<{ id: string; status: string }> {
  if (!input.invite && policy === "invite") fail("inviteRequired");
  const passwordHash = await hashPassword(input.password);
  const data = {
    role: "TEACHER",
    email: input.email,
    loginName: input.email,
    displayName: input.displayName,
    passwordHash,
    // With an invite, an administrator has already said yes.
    status: input.invite || policy === "open" ? "active" : "pending",
  };
  try {
    if (!input.invite) return await db.user.create({ data, select: { id: true, status: true } });
    const codeHash = oneTimeCodeHash(input.invite);
    // The invite is claimed and the account made in one transaction: an invite signs up one teacher, once.
    return await db.$transaction(async (tx) => {
      const invite = await tx.teacherInvite.findFirst({
        where: { codeHash, usedAt: null, expiresAt: { gt: now } },
        select: { id: true },
      });
      if (!invite) fail("inviteInvalid");
      const user = await tx.user.create({ data, select: { id: true, status: true } });
      const claimed = await tx.teacherInvite.updateMany({
        where: { id: invite.id, usedAt: null },
        data: { usedAt: now, usedById: user.id },
      });
      if (claimed.count !== 1) fail("inviteInvalid");
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) fail("emailTaken", "email");
    throw error;
  }
}

export async function createStudentInClass(
  db: Db,
  input: { joinCode: string; loginName: string; displayName: string; password: string },
) {
  const classroom = await db.classroom.findFirst({
    where: joinableClassroom(input.joinCode),
    select: { id: true },
  });
  if (!classroom) fail("joinCodeUnknown", "joinCode");
  const passwordHash = await hashPassword(input.password);
  try {
    // User and enrollment in one write: a failure leaves neither behind.
    return await db.user.create({
      data: {
        role: "STUDENT",
        loginName: input.loginName,
        displayName: input.displayName,
        passwordHash,
        enrollments: { create: { classroomId: classroom.id } },
      },
      select: { id: true, loginName: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) fail("loginNameTaken", "loginName");
    throw error;
  }
}

/** Changes the password and ends every session of this user (the caller signs in again). */
export async function changePassword(db: Db, userId: string, input: { currentPassword: string; newPassword: string }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    fail("currentPasswordWrong", "currentPassword");
  await db.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
}

/** A signed-in student joins another class with its code (the same account, no new sign-up). */
export async function enrollInClass(db: Db, studentId: string, joinCode: string) {
  const classroom = await db.classroom.findFirst({
    where: joinableClassroom(joinCode),
    select: { id: true, name: true },
  });
  if (!classroom) fail("joinCodeUnknown", "joinCode");
  try {
    await db.enrollment.create({ data: { classroomId: classroom.id, userId: studentId } });
  } catch (error) {
    // Already in the class (joined before, or another tab just did): joining again is not an error. An upsert
    // with nothing to update is a read then an insert in Prisma, so two tabs at once could fail on the unique key.
    if (!isUniqueViolation(error)) throw error;
  }
  return classroom;
}
