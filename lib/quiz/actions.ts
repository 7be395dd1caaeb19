"use server";

import { redirect } from "next/navigation";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { saveAnswer, startAttempt, submitAttempt } from "./attempts";
import { saveAnswerSchema, startAttemptSchema, submitAttemptSchema } from "./schema";

const quizPath = (assignmentId: string) => `/student/assignments/${assignmentId}/quiz`;

const startAction = action(startAttemptSchema, ["STUDENT"], (input, me) => startAttempt(db, me.id, input.assignmentId));

/** The start button (a plain form: works before any script has loaded). */
export async function startMyQuizAttempt(_previous: unknown, form: unknown) {
  const input = formToObject(form);
  const result = await startAction(input);
  if (result.ok) redirect(quizPath(String(input.assignmentId)));
  return result;
}

/**
 * One autosave, sent as each answer is given (and again from the offline queue). Returns only when the
 * answer is in the database, so "saved" in the browser means saved.
 */
export const saveMyQuizAnswer = action(saveAnswerSchema, ["STUDENT"], async (input, me) => {
  const { savedAt } = await saveAnswer(db, me.id, { ...input, value: input.value });
  return { savedAt: savedAt.toISOString() };
});

export const submitMyQuizAttempt = action(submitAttemptSchema, ["STUDENT"], async (input, me) => {
  const attempt = await submitAttempt(db, me.id, input.attemptId);
  return { status: attempt.status };
});
