"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { createAssignment } from "./assignments";
import { createAssignmentSchema } from "./schema";

/** On success the teacher lands on the new assignment's page (redirect ends the action). */
export const createAssignmentAction = formAction(createAssignmentSchema, ["TEACHER"], async (input, me) => {
  const created = await createAssignment(db, me.id, input);
  revalidatePath(`/teacher/classes/${input.classroomId}`);
  redirect(`/teacher/assignments/${created.id}`);
});
