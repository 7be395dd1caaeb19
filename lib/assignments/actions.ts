"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { createAssignment } from "./assignments";
import { createAssignmentSchema } from "./schema";

const createAssignmentAction = action(createAssignmentSchema, ["TEACHER"], async (input, me) => {
  const created = await createAssignment(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  return created;
});

/** On success the teacher lands on the new assignment's page. */
export async function createMyAssignment(_previous: unknown, form: unknown) {
  const result = await createAssignmentAction(formToObject(form));
  if (result.ok) redirect(`/teacher/assignments/${result.value.id}`);
  return result;
}
