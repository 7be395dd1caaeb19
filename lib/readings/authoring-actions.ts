"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { createReading, saveReadingDebate, shareReading } from "./authoring";
import { createReadingSchema, readingDebateSchema, shareReadingSchema } from "./authoring-schema";

/** The teacher's writes on their readings. Each is a public endpoint: zod first, then a query naming the teacher. */

export const createReadingAction = formAction(createReadingSchema, ["TEACHER"], async (input, me) => {
  const reading = await createReading(db, me.id, input);
  revalidatePath("/teacher/readings");
  redirect(`/teacher/readings/${reading.id}`);
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
