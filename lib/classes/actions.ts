"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { buttonAction, formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { originOf } from "@/lib/http/origin";
import { addedStudentsCsv, addStudentsFromList, FIRST_CODE_HOURS } from "./bulk-students";
import { createClassroom } from "./classrooms";
import {
  regenerateJoinCode,
  removeStudentFromClass,
  renameClassroom,
  setClassEnd,
  setClassroomArchived,
} from "./roster";
import {
  archiveClassroomSchema,
  bulkStudentsSchema,
  classEndSchema,
  classroomIdSchema,
  createClassroomSchema,
  removeStudentSchema,
  renameClassroomSchema,
} from "./schema";

// Forms with fields use formAction (previous result, form: useActionState); one-button forms buttonAction,
// which work without JavaScript and show their effect by the page's re-render (a refusal changes nothing).

export const createClassroomAction = formAction(createClassroomSchema, ["TEACHER"], async (input, me) => {
  const created = await createClassroom(db, me.id, input);
  revalidatePath("/teacher");
  return created;
});

export const renameClassroomAction = formAction(renameClassroomSchema, ["TEACHER"], async (input, me) => {
  await renameClassroom(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});

export const archiveClassroomAction = buttonAction(archiveClassroomSchema, ["TEACHER"], async (input, me) => {
  await setClassroomArchived(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});

export const regenerateJoinCodeAction = buttonAction(classroomIdSchema, ["TEACHER"], async (input, me) => {
  const { joinCode } = await regenerateJoinCode(db, me.id, input.classroomId);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return { joinCode };
});

export const removeStudentFromClassAction = buttonAction(removeStudentSchema, ["TEACHER"], async (input, me) => {
  await removeStudentFromClass(db, me.id, input.classroomId, input.studentId);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});

/** Students from a pasted list of names: their login names and first codes, shown once, and the same as CSV. */
export const addStudentsFromListAction = formAction(bulkStudentsSchema, ["TEACHER"], async (input, me) => {
  const { students, expiresAt } = await addStudentsFromList(db, me.id, input);
  const t = await getTranslations("classPage");
  const url = `${originOf(await headers()) ?? ""}/reset-password`;
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  const words = { name: t("bulkName"), loginName: t("bulkLoginName"), code: t("bulkCode"), where: t("bulkWhere") };
  return {
    students,
    expiresAt: expiresAt.toISOString(),
    days: FIRST_CODE_HOURS / 24,
    url,
    csv: addedStudentsCsv(students, words, url),
  };
});

export const setClassEndAction = formAction(classEndSchema, ["TEACHER"], async (input, me) => {
  await setClassEnd(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});
