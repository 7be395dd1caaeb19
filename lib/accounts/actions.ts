"use server";

import { formAction, publicFormAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { ExpectedError, fail } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { limiters } from "@/lib/http/rate-limit";
import { changePassword, createStudentInClass, createTeacher, enrollInClass } from "./accounts";
import { changePasswordSchema, joinAnotherClassSchema, studentJoinSchema, teacherSignUpSchema } from "./schema";

// Each is called by a form with useActionState: (previous result, form data). The client signs in
// with the same credentials once the account exists.

export const signUpTeacherAction = publicFormAction(teacherSignUpSchema, (input) =>
  createTeacher(db, input).then(() => undefined),
);

/**
 * Runs a join, counting wrong codes per client address (and per account, for a signed-in student, who could
 * otherwise guess from several devices) so join codes cannot be guessed by brute force.
 */
async function limitedJoin<T>(join: () => Promise<T>, studentId?: string): Promise<T> {
  const keys = [`address:${await clientAddress()}`, ...(studentId ? [`student:${studentId}`] : [])];
  if (keys.some((key) => limiters.joinCode.isBlocked(key))) fail("tooManyAttempts");
  try {
    return await join();
  } catch (error) {
    if (error instanceof ExpectedError && error.key === "joinCodeUnknown")
      for (const key of keys) limiters.joinCode.recordFailure(key);
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
