"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { idSchema as id } from "@/lib/id-schema";
import { regradeWithCurrentItems } from "./regrade";
import { gradeAnswerAsTeacher } from "./teacher-grading";

const REASON_MAX = 1000;

// The score arrives as form text: blank is "required", anything not a number "scoreInvalid"; the range
// depends on the item's points, so the data layer checks it.
const gradeAnswerSchema = z.object({
  attemptId: id,
  itemId: id,
  score: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .transform((text) => Number(text))
    .pipe(z.number({ error: "scoreInvalid" })),
  reason: z.string().trim().max(REASON_MAX, { error: "reasonTooLong" }).optional(),
});

/** Grades a short answer or overrides any item's score. */
export const gradeAnswerAction = formAction(gradeAnswerSchema, ["TEACHER"], async (input, me) => {
  const { assignmentId, attempt } = await gradeAnswerAsTeacher(db, me.id, input);
  revalidatePath(`/teacher/assignments/${assignmentId}/quiz`);
  return { status: attempt.status, score: attempt.score };
});

/** Grades handed-in attempts again on the current revisions of corrected items (see regradeWithCurrentItems). */
export const regradeWithCurrentItemsAction = formAction(
  z.object({ assignmentId: id }),
  ["TEACHER"],
  async ({ assignmentId }, me) => {
    const { regraded } = await regradeWithCurrentItems(db, me.id, assignmentId);
    revalidatePath(`/teacher/assignments/${assignmentId}/quiz`);
    return { regraded };
  },
);
