import "server-only";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { saveAnswer, startAttempt, submitAttempt } from "./attempts";
import { saveAnswerSchema, startAttemptSchema, submitAttemptSchema } from "./schema";

// The student's quiz writes. The quiz page is a Pages Router page (docs/decisions/0017), which cannot call
// server actions, so these are served by route handlers under app/api/quiz.

/** The start button: a plain form post (app/api/quiz/start), so it works before any script has loaded. */
export const startAttemptAction = action(startAttemptSchema, ["STUDENT"], async (input, me) => {
  const attempt = await startAttempt(db, me.id, input.assignmentId);
  return { attemptId: attempt.id };
});

/**
 * One autosave, sent as each answer is given (and again from the offline queue). Returns only when the
 * answer is in the database, so "saved" in the browser means saved.
 */
export const saveAnswerAction = action(saveAnswerSchema, ["STUDENT"], async (input, me) => {
  const saved = await saveAnswer(db, me.id, { ...input, value: input.value });
  // `kept`: a newer answer was there already (another tab or device): the page shows it (use-quiz-answers.ts).
  return { savedAt: saved.savedAt.toISOString(), ...("kept" in saved ? { kept: saved.kept } : {}) };
});

export const submitAttemptAction = action(submitAttemptSchema, ["STUDENT"], async (input, me) => {
  const attempt = await submitAttempt(db, me.id, input.attemptId);
  return { status: attempt.status };
});
