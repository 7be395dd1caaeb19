"use server";

import { revalidatePath } from "next/cache";
import { action, formToObject } from "@/lib/actions";
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

// Forms with fields use (previous result, form) for useActionState. One-button forms take the form only,
// work without JavaScript and show their effect by re-rendering the page (a refusal changes nothing).
// Every one goes through action(): zod → signed-in teacher → scoped write.

const createClassroomAction = action(createClassroomSchema, ["TEACHER"], async (input, me) => {
  const created = await createClassroom(db, me.id, input);
  revalidatePath("/teacher");
  return created;
});
export async function createMyClassroom(_previous: unknown, form: unknown) {
  return createClassroomAction(formToObject(form));
}

const renameAction = action(renameClassroomSchema, ["TEACHER"], async (input, me) => {
  await renameClassroom(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});
export async function renameMyClassroom(_previous: unknown, form: unknown) {
  return renameAction(formToObject(form));
}

const archiveAction = action(archiveClassroomSchema, ["TEACHER"], async (input, me) => {
  await setClassroomArchived(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});
export async function archiveMyClassroom(form: FormData): Promise<void> {
  await archiveAction(formToObject(form));
}

const regenerateAction = action(classroomIdSchema, ["TEACHER"], async (input, me) => {
  const { joinCode } = await regenerateJoinCode(db, me.id, input.classroomId);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return { joinCode };
});
export async function regenerateMyJoinCode(form: FormData): Promise<void> {
  await regenerateAction(formToObject(form));
}

const removeAction = action(removeStudentSchema, ["TEACHER"], async (input, me) => {
  await removeStudentFromClass(db, me.id, input.classroomId, input.studentId);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
});
export async function removeStudent(form: FormData): Promise<void> {
  await removeAction(formToObject(form));
}
