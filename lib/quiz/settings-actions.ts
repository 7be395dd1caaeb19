"use server";

import { revalidatePath } from "next/cache";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { extraTimeSchema, quizSettingsSchema, releaseSchema } from "./schema";
import { releaseResults, setExtraTime, updateQuizSettings } from "./settings";

const assignmentPath = (assignmentId: string) => `/teacher/assignments/${assignmentId}`;

const settingsAction = action(quizSettingsSchema, ["TEACHER"], async (input, me) => {
  await updateQuizSettings(db, me.id, input);
  revalidatePath(assignmentPath(input.assignmentId));
});
export async function saveQuizSettings(_previous: unknown, form: unknown) {
  return settingsAction(formToObject(form));
}

const releaseAction = action(releaseSchema, ["TEACHER"], async (input, me) => {
  await releaseResults(db, me.id, input.assignmentId);
  revalidatePath(assignmentPath(input.assignmentId), "layout");
});
export async function releaseQuizResults(_previous: unknown, form: unknown) {
  return releaseAction(formToObject(form));
}

const extraTimeAction = action(extraTimeSchema, ["TEACHER"], async (input, me) => {
  await setExtraTime(db, me.id, input);
  revalidatePath(assignmentPath(input.assignmentId));
});
export async function saveExtraTime(_previous: unknown, form: unknown) {
  return extraTimeAction(formToObject(form));
}
