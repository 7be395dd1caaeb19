"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { createReading, saveReadingDebate, shareReading } from "./authoring";
import {
  createReadingSchema,
  moveToNewestSchema,
  readingDebateSchema,
  shareReadingSchema,
  updateReadingSchema,
} from "./authoring-schema";
import { addTerm, removeTerm, updateTerm } from "./glossary-authoring";
import { addTermSchema, removeTermSchema, updateTermSchema } from "./glossary-schema";
import { moveToNewestRevision, updateReading } from "./revisions";

/** The teacher's writes on their readings. Each is a public endpoint: zod first, then a query naming the teacher. */

export const createReadingAction = formAction(createReadingSchema, ["TEACHER"], async (input, me) => {
  const reading = await createReading(db, me.id, input);
  revalidatePath("/teacher/readings");
  redirect(`/teacher/readings/${reading.id}`);
});

/** An edit: in place while unassigned, else the next revision (whose page opens). */
export const updateReadingAction = formAction(updateReadingSchema, ["TEACHER"], async (input, me) => {
  const saved = await updateReading(db, me.id, input);
  revalidatePath("/teacher/readings", "layout");
  redirect(`/teacher/readings/${saved.readingId}`);
});

export const moveToNewestRevisionAction = formAction(moveToNewestSchema, ["TEACHER"], async (input, me) => {
  await moveToNewestRevision(db, me.id, input.assignmentId);
  revalidatePath(`/teacher/assignments/${input.assignmentId}`);
});

export const shareReadingAction = formAction(shareReadingSchema, ["TEACHER"], async (input, me) => {
  await shareReading(db, me.id, input);
  revalidatePath(`/teacher/readings/${input.readingId}`);
  revalidatePath("/teacher/readings");
});

export const saveReadingDebateAction = formAction(readingDebateSchema, ["TEACHER"], async (input, me) => {
  await saveReadingDebate(db, me.id, input);
  revalidatePath(`/teacher/readings/${input.readingId}`);
});

export const addTermAction = formAction(addTermSchema, ["TEACHER"], async (input, me) => {
  await addTerm(db, me.id, input);
  revalidatePath(`/teacher/readings/${input.readingId}`);
});

export const updateTermAction = formAction(updateTermSchema, ["TEACHER"], async (input, me) => {
  await updateTerm(db, me.id, input);
  revalidatePath(`/teacher/readings/${input.readingId}`);
});

export const removeTermAction = formAction(removeTermSchema, ["TEACHER"], async (input, me) => {
  await removeTerm(db, me.id, input);
  revalidatePath(`/teacher/readings/${input.readingId}`);
});
