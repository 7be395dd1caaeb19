import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { BETWEEN_ATTEMPTS, RELEASE_MODES } from "./release";
import { ITEM_SELECTIONS } from "./selection-modes";

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true");

export const startAttemptSchema = z.object({ assignmentId: id });

/** One autosave. `value` is checked against the item itself (lib/quiz/attempts.ts validAnswer). */
export const saveAnswerSchema = z.object({
  attemptId: id,
  itemId: id,
  value: z.unknown().refine((v) => v !== undefined, { error: "answerInvalid" }),
  clientSeq: z.number().int().min(0).max(1_000_000_000),
});

export const submitAttemptSchema = z.object({ attemptId: id });

export const quizSettingsSchema = z.object({
  assignmentId: id,
  quizEnabled: checkbox,
  attemptsAllowed: z.coerce
    .number({ error: "attemptsInvalid" })
    .int({ error: "attemptsInvalid" })
    .min(1, { error: "attemptsInvalid" })
    .max(10, { error: "attemptsInvalid" }),
  // Empty = no time limit (the default): speed is not what the quiz measures.
  timeLimitMinutes: z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? Number(v) : null))
    .pipe(
      z
        .number({ error: "timeLimitInvalid" })
        .int({ error: "timeLimitInvalid" })
        .min(1, { error: "timeLimitInvalid" })
        .max(600, { error: "timeLimitInvalid" })
        .nullable(),
    ),
  release: z.enum(RELEASE_MODES, { error: "required" }),
  // Forms from before the setting existed send none: the default, which shows the least.
  betweenAttempts: z.enum(BETWEEN_ATTEMPTS, { error: "required" }).default("score"),
  lateWorkAllowed: checkbox,
  glossaryDuringQuiz: checkbox,
});

export const releaseSchema = z.object({ assignmentId: id });

export const extraTimeSchema = z.object({
  assignmentId: id,
  studentId: id,
  extraMinutes: z.coerce
    .number({ error: "extraTimeInvalid" })
    .int({ error: "extraTimeInvalid" })
    .min(0, { error: "extraTimeInvalid" })
    .max(600, { error: "extraTimeInvalid" }),
});

/**
 * Which items the quiz asks (lib/quiz/selection.ts). `chosen:<key>` = "on" marks a chosen item; the count is
 * checked against the bank by saveQuizItems.
 */
export const quizItemsSchema = z
  .looseObject({
    assignmentId: id,
    itemSelection: z.enum(ITEM_SELECTIONS, { error: "required" }),
    randomCount: z
      .string()
      .optional()
      .transform((v) => (v?.trim() ? Number(v) : 0))
      .pipe(z.number({ error: "randomCountInvalid" }).int({ error: "randomCountInvalid" }).min(0).max(1000)),
    orderByParagraph: checkbox,
  })
  .transform((form) => ({
    assignmentId: form.assignmentId,
    itemSelection: form.itemSelection,
    randomCount: form.randomCount,
    orderByParagraph: form.orderByParagraph,
    chosenKeys: Object.entries(form)
      .filter(([name, value]) => name.startsWith("chosen:") && value === "on")
      .map(([name]) => name.slice("chosen:".length)),
  }));
export type QuizItemsInput = z.infer<typeof quizItemsSchema>;
