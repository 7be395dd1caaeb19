"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { fail } from "@/lib/errors";
import { originOf } from "@/lib/http/origin";
import { limiters } from "@/lib/http/rate-limit";
import { deleteStudent } from "@/lib/privacy/delete-student";
import {
  createInviteSchema,
  retentionSchema,
  setAdministratorSchema,
  setDisabledSchema,
  studentIdSchema,
  teacherIdSchema,
} from "./schema";
import { setRetentionDays } from "./settings";
import {
  approveTeacher,
  createTeacherInvite,
  issueTeacherResetCode,
  setAdministrator,
  setTeacherDisabled,
} from "./teachers";

// The administrator's forms (app/(admin)/admin). Each is open to teachers; the data layer refuses anyone who
// is not an active administrator (requireAdmin), in its own query.

const done = () => revalidatePath("/admin");

export const approveTeacherAction = formAction(teacherIdSchema, ["TEACHER"], async (input, me) => {
  await approveTeacher(db, me.id, input.teacherId);
  done();
});

export const setTeacherDisabledAction = formAction(setDisabledSchema, ["TEACHER"], async (input, me) => {
  await setTeacherDisabled(db, me.id, input);
  done();
});

export const setAdministratorAction = formAction(setAdministratorSchema, ["TEACHER"], async (input, me) => {
  await setAdministrator(db, me.id, input);
  done();
});

/** A one-time code for a teacher, shown once; counted like a teacher's codes for students. */
export const issueTeacherResetAction = formAction(teacherIdSchema, ["TEACHER"], async (input, me) => {
  if (!(await limiters.resetCodesIssued.take(`teacher:${me.id}`))) fail("tooManyAttempts");
  const issued = await issueTeacherResetCode(db, me.id, input.teacherId);
  return { code: issued.code, loginName: issued.loginName, expiresAt: issued.expiresAt.toISOString() };
});

/** An invite link for one new teacher, shown once. */
export const createInviteAction = formAction(createInviteSchema, ["TEACHER"], async (_input, me) => {
  const { code, expiresAt } = await createTeacherInvite(db, me.id);
  const origin = originOf(await headers()) ?? "";
  return { link: `${origin}/sign-up?invite=${code}`, expiresAt: expiresAt.toISOString() };
});

export const setRetentionAction = formAction(retentionSchema, ["TEACHER"], async (input, me) => {
  await setRetentionDays(db, me.id, input.retentionDays);
  done();
});

/** Deletes a student's account and data; their posts stay as 「已刪除的同學」 placeholders. */
export const deleteStudentAction = formAction(studentIdSchema, ["TEACHER"], async (input, me) => {
  const { postsKept } = await deleteStudent(db, me.id, input.studentId);
  // Not revalidated: the page keeps the student's card, now saying what was deleted, until the next search.
  return { postsKept };
});
