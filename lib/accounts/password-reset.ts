import { createHash, randomInt } from "node:crypto";
import { studentOfTeacherClassroom } from "@/lib/access";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { RESET_CODE_HOURS } from "./reset-code-hours";

// No 0/O, 1/I/L: the code is read aloud or off a screen and typed on a phone. 8 of 31 characters ≈ 40 bits;
// with wrong tries limited per name and address (lib/accounts/actions.ts) and a day's life, enough.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LENGTH = 8;

/** The code as typed: spaces, dashes and case do not matter. */
export function normalizeResetCode(code: string): string {
  return code.replace(/[\s-]+/g, "").toUpperCase();
}

const hashOf = (code: string) => createHash("sha256").update(normalizeResetCode(code)).digest("hex");

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
  const expiresAt = new Date(now.getTime() + RESET_CODE_HOURS * 3_600_000);
  for (let attempt = 0; ; attempt++) {
    let code = "";
    for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
    try {
      await db.$transaction([
        db.passwordReset.deleteMany({ where: { userId: student.id, usedAt: null } }),
        db.passwordReset.create({
          data: { userId: student.id, issuedById: teacherId, codeHash: hashOf(code), createdAt: now, expiresAt },
        }),
      ]);
      console.info(
        `[${now.toISOString()}] password reset code issued by user ${teacherId} for student ${student.id} (class ${input.classroomId})`,
      );
      return { code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt, loginName: student.loginName };
    } catch (error) {
      // Two codes alike (one in a trillion): draw again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * Sets a student's new password with a code their teacher gave them: the code must be this student's, unused
 * and unexpired. The code is claimed and the password changed in one transaction, so a code works once, and
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
      codeHash: hashOf(input.code),
      usedAt: null,
      expiresAt: { gt: now },
      user: { loginName: input.loginName, role: "STUDENT" },
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
  console.info(`[${now.toISOString()}] password reset with a code for student ${reset.userId}`);
}
