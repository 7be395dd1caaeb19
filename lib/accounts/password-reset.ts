import { studentOfTeacherClassroom } from "@/lib/access";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { newOneTimeCode, normalizeOneTimeCode, oneTimeCodeHash } from "./one-time-code";
import { RESET_CODE_HOURS } from "./reset-code-hours";

/** The code as typed: spaces, dashes and case do not matter. */
export const normalizeResetCode = normalizeOneTimeCode;

/**
 * A one-time code for a student of this teacher's class who forgot their password, shown to the teacher once
 * ("ABCD-EFGH"; only its hash is stored). A newer code replaces any the student has not used. The student
 * sets a new password with it (resetPasswordWithCode). Written to the server log: who, for whom, when.
 */
export async function issuePasswordResetCode(
  db: Db,
  teacherId: string,
  input: { classroomId: string; studentId: string },
  now = new Date(),
) {
  const student = await db.user.findFirst({
    where: { id: input.studentId, ...studentOfTeacherClassroom(teacherId, input.classroomId) },
    select: { id: true, loginName: true, displayName: true },
  });
  if (!student) fail("notFound");
  const issued = await storeResetCode(db, { userId: student.id, issuedById: teacherId }, now);
  console.info(
    `[${now.toISOString()}] password reset code issued by user ${teacherId} for student ${student.id} (class ${input.classroomId})`,
  );
  return { ...issued, loginName: student.loginName };
}

/**
 * A new one-time code for `userId` (shown once; only its hash is stored), replacing any unused one. Shared by
 * a teacher's reset of a student, an administrator's reset of a teacher (lib/admin/teachers.ts) and a new
 * student's first code (lib/classes/bulk-students.ts).
 */
export async function storeResetCode(
  db: Db,
  target: { userId: string; issuedById: string },
  now = new Date(),
  hours = RESET_CODE_HOURS,
) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => replaceResetCode(tx, target, now, hours));
    } catch (error) {
      // Two codes alike (one in a trillion): draw again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** storeResetCode's writes, inside a caller's transaction (a clash of codes fails the whole transaction). */
export async function replaceResetCode(
  tx: Tx,
  target: { userId: string; issuedById: string },
  now: Date,
  hours = RESET_CODE_HOURS,
) {
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  const { code, shown } = newOneTimeCode();
  await tx.passwordReset.deleteMany({ where: { userId: target.userId, usedAt: null } });
  await tx.passwordReset.create({ data: { ...target, codeHash: oneTimeCodeHash(code), createdAt: now, expiresAt } });
  return { code: shown, expiresAt };
}

/**
 * Sets a new password with a one-time code: a student's from their teacher, or a teacher's from an
 * administrator (who signs in with their email). The code must be this account's, unused and unexpired. The code is claimed and the password changed in one transaction, so a code works once, and
 * every session the student had ends (sessionVersion). Any mismatch is one answer, "resetCodeInvalid", so
 * the reply tells a guesser nothing about which names exist.
 */
export async function resetPasswordWithCode(
  db: Db,
  input: { loginName: string; code: string; newPassword: string },
  now = new Date(),
) {
  const reset = await db.passwordReset.findFirst({
    where: {
      codeHash: oneTimeCodeHash(input.code),
      usedAt: null,
      expiresAt: { gt: now },
      user: { loginName: input.loginName },
    },
    select: { id: true, userId: true },
  });
  if (!reset) fail("resetCodeInvalid", "code");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) fail("resetCodeInvalid", "code");
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  });
  console.info(`[${now.toISOString()}] password reset with a code for user ${reset.userId}`);
}
