"use server";

import { action, formToObject, publicAction } from "@/lib/actions";
import { db } from "@/lib/db";
import { changePassword, createStudentInClass, createTeacher } from "./accounts";
import { changePasswordSchema, studentJoinSchema, teacherSignUpSchema } from "./schema";

// Each is called by a form with useActionState: (previous result, form data). The client signs in
// with the same credentials once the account exists.

const signUpTeacherAction = publicAction(teacherSignUpSchema, (input) => createTeacher(db, input).then(() => undefined));
export async function signUpTeacher(_previous: unknown, form: unknown) {
  return signUpTeacherAction(formToObject(form));
}

const joinClassAction = publicAction(studentJoinSchema, (input) => createStudentInClass(db, input).then(() => undefined));
export async function joinClassAsNewStudent(_previous: unknown, form: unknown) {
  return joinClassAction(formToObject(form));
}

const changePasswordAction = action(changePasswordSchema, ["TEACHER", "STUDENT"], (input, me) => changePassword(db, me.id, input));
export async function changeMyPassword(_previous: unknown, form: unknown) {
  return changePasswordAction(formToObject(form));
}
