"use server";

import { revalidatePath } from "next/cache";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { createClassroom } from "./classrooms";
import { createClassroomSchema } from "./schema";

const createClassroomAction = action(createClassroomSchema, ["TEACHER"], async (input, me) => {
  const created = await createClassroom(db, me.id, input);
  revalidatePath("/teacher");
  return created;
});
export async function createMyClassroom(_previous: unknown, form: unknown) {
  return createClassroomAction(formToObject(form));
}
