"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { createAssignment } from "./assignments";
import { deleteAssignment } from "./delete-assignment";
import { duplicateAssignment } from "./duplicate-assignment";
import {
  createAssignmentSchema,
  deleteAssignmentSchema,
  duplicateAssignmentSchema,
  updateAssignmentSchema,
} from "./schema";
import { updateAssignment } from "./update-assignment";

// On success each lands the teacher on the page that shows the result (redirect ends the action).

export const createAssignmentAction = formAction(createAssignmentSchema, ["TEACHER"], async (input, me) => {
  const created = await createAssignment(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  redirect(`/teacher/assignments/${created.id}`);
});

export const updateAssignmentAction = formAction(updateAssignmentSchema, ["TEACHER"], async (input, me) => {
  const { id } = await updateAssignment(db, me.id, input);
  revalidatePath("/teacher", "layout");
  revalidatePath("/student", "layout");
  redirect(`/teacher/assignments/${id}`);
});

/** The copy opens in its edit form: its dates usually need changing for its new class. */
export const duplicateAssignmentAction = formAction(duplicateAssignmentSchema, ["TEACHER"], async (input, me) => {
  const t = await getTranslations("assignmentPage");
  const copy = await duplicateAssignment(db, me.id, input, (title) => t("copyTitle", { title }));
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  redirect(`/teacher/assignments/${copy.id}/edit`);
});

export const deleteAssignmentAction = formAction(deleteAssignmentSchema, ["TEACHER"], async (input, me) => {
  const { classroomId } = await deleteAssignment(db, me.id, input.assignmentId);
  revalidatePath("/teacher", "layout");
  revalidatePath("/student", "layout");
  redirect(`/teacher/classes/${classroomId}`);
});
