"use server";

import { action, formToObject, publicAction } from "@/lib/actions";
import { clientAddress } from "@/lib/client-address";
import { db } from "@/lib/db";
import { ExpectedError, fail } from "@/lib/errors";
import { limiters } from "@/lib/rate-limit";
import { changePassword, createStudentInClass, createTeacher, enrollInClass } from "./accounts";
import { changePasswordSchema, joinAnotherClassSchema, studentJoinSchema, teacherSignUpSchema } from "./schema";

// Each is called by a form with useActionState: (previous result, form data). The client signs in
// with the same credentials once the account exists.

const signUpTeacherAction = publicAction(teacherSignUpSchema, (input) =>
  createTeacher(db, input).then(() => undefined),
);
export async function signUpTeacher(_previous: unknown, form: unknown) {
  return signUpTeacherAction(formToObject(form));
}

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

const joinClassAction = publicAction(studentJoinSchema, (input) =>
  limitedJoin(() => createStudentInClass(db, input)).then(() => undefined),
);
export async function joinClassAsNewStudent(_previous: unknown, form: unknown) {
  return joinClassAction(formToObject(form));
}

const changePasswordAction = action(changePasswordSchema, ["TEACHER", "STUDENT"], (input, me) =>
  changePassword(db, me.id, input),
);
export async function changeMyPassword(_previous: unknown, form: unknown) {
  return changePasswordAction(formToObject(form));
}

const joinAnotherClassAction = action(joinAnotherClassSchema, ["STUDENT"], (input, me) =>
  limitedJoin(() => enrollInClass(db, me.id, input.joinCode), me.id).then(() => undefined),
);
export async function joinAnotherClass(_previous: unknown, form: unknown) {
  return joinAnotherClassAction(formToObject(form));
}
