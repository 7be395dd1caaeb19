"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { extraTimeSchema, quizItemsSchema, quizSettingsSchema, releaseSchema } from "./schema";
import { releaseResults, saveQuizItems, setExtraTime, updateQuizSettings } from "./settings";

const assignmentPath = (assignmentId: string) => `/teacher/assignments/${assignmentId}`;

export const saveQuizSettingsAction = formAction(quizSettingsSchema, ["TEACHER"], async (input, me) => {
  await updateQuizSettings(db, me.id, input);
  revalidatePath(assignmentPath(input.assignmentId));
});

export const releaseResultsAction = formAction(releaseSchema, ["TEACHER"], async (input, me) => {
  await releaseResults(db, me.id, input.assignmentId);
  revalidatePath(assignmentPath(input.assignmentId), "layout");
});

export const setExtraTimeAction = formAction(extraTimeSchema, ["TEACHER"], async (input, me) => {
  await setExtraTime(db, me.id, input);
  revalidatePath(assignmentPath(input.assignmentId));
});

export const saveQuizItemsAction = formAction(quizItemsSchema, ["TEACHER"], async (input, me) => {
  await saveQuizItems(db, me.id, input);
  revalidatePath(assignmentPath(input.assignmentId));
});
