"use server";

import { revalidatePath } from "next/cache";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { deleteHighlight, saveHighlight, updateHighlightNote } from "./highlights";
import { markAsRead, recordProgress } from "./progress";
import { highlightIdSchema, markReadSchema, progressSchema, saveHighlightSchema, scriptSchema, updateNoteSchema } from "./schema";

const readerPath = (assignmentId: string) => `/student/assignments/${assignmentId}`;

/** Called by the reader as the student selects text; the range is checked against the original. */
export const saveMyHighlight = action(saveHighlightSchema, ["STUDENT"], async (input, me) => {
  const saved = await saveHighlight(db, me.id, input);
  revalidatePath(readerPath(input.assignmentId));
  return saved;
});

const updateNoteAction = action(updateNoteSchema, ["STUDENT"], (input, me) => updateHighlightNote(db, me.id, input));
export async function updateMyHighlightNote(_previous: unknown, form: unknown) {
  return updateNoteAction(formToObject(form));
}

const deleteAction = action(highlightIdSchema, ["STUDENT"], async (input, me) => {
  await deleteHighlight(db, me.id, input.highlightId);
  revalidatePath("/student/assignments/[assignmentId]", "page");
});
export async function deleteMyHighlight(form: FormData): Promise<void> {
  await deleteAction(formToObject(form));
}

/** Sent by the reader as paragraphs scroll into view (a few times a minute at most). */
export const recordMyProgress = action(progressSchema, ["STUDENT"], (input, me) => recordProgress(db, me.id, input));

const markReadAction = action(markReadSchema, ["STUDENT"], async (input, me) => {
  await markAsRead(db, me.id, input);
  revalidatePath(readerPath(input.assignmentId));
});
export async function markMyAssignmentRead(form: FormData): Promise<void> {
  await markReadAction(formToObject(form));
}

const scriptAction = action(scriptSchema, ["STUDENT", "TEACHER"], async (input, me) => {
  await db.user.update({ where: { id: me.id }, data: { preferredScript: input.script } });
  revalidatePath("/student/assignments/[assignmentId]", "page");
});
/** The 繁/简 switch: remembered per person. */
export async function setMyScript(form: FormData): Promise<void> {
  await scriptAction(formToObject(form));
}
