"use server";

import { revalidatePath } from "next/cache";
import { buttonAction, formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { createClassroom } from "./classrooms";
import { regenerateJoinCode, removeStudentFromClass, renameClassroom, setClassroomArchived } from "./roster";
import {
  archiveClassroomSchema,
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
