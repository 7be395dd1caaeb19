"use server";

import { formAction, publicFormAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { ExpectedError, fail } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { limiters } from "@/lib/http/rate-limit";
import { changePassword, createStudentInClass, createTeacher, enrollInClass } from "./accounts";
import { issuePasswordResetCode, resetPasswordWithCode } from "./password-reset";
import {
  changePasswordSchema,
  issueResetCodeSchema,
  joinAnotherClassSchema,
  resetPasswordSchema,
  studentJoinSchema,
  teacherSignUpSchema,
} from "./schema";
import { teacherSignUpPolicy } from "./sign-up-policy";

// Each is called by a form with useActionState: (previous result, form data). The client signs in
// with the same credentials once the account exists.

/** A new teacher: "active" signs in at once; "pending" waits for an administrator (TEACHER_SIGNUP). */
export const signUpTeacherAction = publicFormAction(teacherSignUpSchema, (input) =>
  limitedInvite(input.invite, () => createTeacher(db, input, teacherSignUpPolicy())).then((user) => ({
    status: user.status,
  })),
);

/** Wrong invite codes count like wrong join codes, per client address. */
async function limitedInvite<T>(invite: string | undefined, signUp: () => Promise<T>): Promise<T> {
  if (!invite) return signUp();
  const key = `invite:${await clientAddress()}`;
  if (await limiters.joinCode.isBlocked(key)) fail("tooManyAttempts");
  try {
    return await signUp();
  } catch (error) {
    if (error instanceof ExpectedError && error.key === "inviteInvalid") await limiters.joinCode.recordFailure(key);
    throw error;
  }
}

/**
 * Runs a join, counting wrong codes per client address (and per account, for a signed-in student, who could
 * otherwise guess from several devices) so join codes cannot be guessed by brute force.
 */
async function limitedJoin<T>(join: () => Promise<T>, studentId?: string): Promise<T> {
  const keys = [`address:${await clientAddress()}`, ...(studentId ? [`student:${studentId}`] : [])];
  const blocked = await Promise.all(keys.map((key) => limiters.joinCode.isBlocked(key)));
  if (blocked.some(Boolean)) fail("tooManyAttempts");
  try {
    return await join();
  } catch (error) {
    if (error instanceof ExpectedError && error.key === "joinCodeUnknown")
      await Promise.all(keys.map((key) => limiters.joinCode.recordFailure(key)));
    throw error;
  }
}

export const joinClassAsNewStudentAction = publicFormAction(studentJoinSchema, (input) =>
  limitedJoin(() => createStudentInClass(db, input)).then(() => undefined),
);

export const changePasswordAction = formAction(changePasswordSchema, ["TEACHER", "STUDENT"], (input, me) =>
  changePassword(db, me.id, input),
);

export const joinAnotherClassAction = formAction(joinAnotherClassSchema, ["STUDENT"], (input, me) =>
  limitedJoin(() => enrollInClass(db, me.id, input.joinCode), me.id).then(() => undefined),
);

/** A teacher's one-time code for a student of their class; refused past 60 an hour per teacher. */
export const issueResetCodeAction = formAction(issueResetCodeSchema, ["TEACHER"], async (input, me) => {
  if (!(await limiters.resetCodesIssued.take(`teacher:${me.id}`))) fail("tooManyAttempts");
  const issued = await issuePasswordResetCode(db, me.id, input);
  return { code: issued.code, loginName: issued.loginName, expiresAt: issued.expiresAt.toISOString() };
});

/** A student sets a new password with their teacher's code; wrong codes are counted per name and address. */
export const resetPasswordAction = publicFormAction(resetPasswordSchema, async (input) => {
  const keys = [`name:${input.loginName}`, `address:${await clientAddress()}`];
  const [byName, byAddress] = [limiters.resetCodeName, limiters.resetCodeAddress];
  const blocked = await Promise.all([byName.isBlocked(keys[0]!), byAddress.isBlocked(keys[1]!)]);
  if (blocked.some(Boolean)) fail("tooManyAttempts");
  try {
    await resetPasswordWithCode(db, input);
  } catch (error) {
    if (error instanceof ExpectedError && error.key === "resetCodeInvalid")
      await Promise.all([byName.recordFailure(keys[0]!), byAddress.recordFailure(keys[1]!)]);
    throw error;
  }
});
