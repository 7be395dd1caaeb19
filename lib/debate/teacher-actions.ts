"use server";

import { revalidatePath } from "next/cache";
import { MESSAGES } from "@/i18n/messages";
import { formAction } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { dismissReports, moderatePost, removeStudent, restoreStudent } from "./moderation";
import { postPrompt, removePrompt } from "./prompts";
import {
  assignBalanced,
  assignSide,
  gradeParticipant,
  revealRatings,
  saveRubricWording,
  setPhase,
  updateBoardSettings,
} from "./teacher";
import {
  assignBalancedSchema,
  assignSideSchema,
  boardSettingsSchema,
  dismissReportsSchema,
  gradeParticipantSchema,
  moderatePostSchema,
  moderateStudentSchema,
  promptSchema,
  removePromptSchema,
  revealRatingsSchema,
  rubricWordingSchema,
  setPhaseSchema,
} from "./teacher-schema";

/**
 * The teacher's writes on a debate board. Each is a public endpoint: zod first (action), then the data
 * layer, whose every query names the teacher, so a board, post or student outside their classes is simply
 * "notFound". Each takes (previous result, form) for useActionState / useFormAction.
 */

// A pattern rather than a path: post actions know only the post's id. Students' open boards are told by
// the event stream (the data layer announces each change) and re-render their own views.
const boardPage = "/teacher/assignments/[assignmentId]/debate";
const refresh = () => revalidatePath(boardPage, "page");

export const saveBoardSettingsAction = formAction(boardSettingsSchema, ["TEACHER"], async (input, me) => {
  await updateBoardSettings(db, me.id, input);
  refresh();
  // Switching the debate part on or off also changes the assignment page's panel.
  revalidatePath(`/teacher/assignments/${input.assignmentId}`);
});

export const setPhaseAction = formAction(setPhaseSchema, ["TEACHER"], async (input, me) => {
  await setPhase(db, me.id, input);
  refresh();
});

export const revealRatingsAction = formAction(revealRatingsSchema, ["TEACHER"], async (input, me) => {
  await revealRatings(db, me.id, input);
  refresh();
});

export const assignSideAction = formAction(assignSideSchema, ["TEACHER"], async (input, me) => {
  await assignSide(db, me.id, input);
  refresh();
});

/** Returns how many students got a side and the count per side, which the form shows. */
export const balanceSidesAction = formAction(assignBalancedSchema, ["TEACHER"], async (input, me) => {
  const result = await assignBalanced(db, me.id, input);
  refresh();
  return result;
});

// Private to the student: nothing on the board changes (gradeParticipant announces nothing).
export const gradeParticipantAction = formAction(gradeParticipantSchema, ["TEACHER"], async (input, me) => {
  await gradeParticipant(db, me.id, input);
  refresh();
});

// A level sent back with the catalog's wording (in either UI language) is stored as "not changed".
export const saveRubricWordingAction = formAction(rubricWordingSchema, ["TEACHER"], async (input, me) => {
  await saveRubricWording(db, me.id, input, (criterion, level, text) =>
    Object.values(MESSAGES).some((m) => m.debateRubric.levels[criterion][level] === text),
  );
  refresh();
  // The grading pages show each level's wording.
  revalidatePath(`${boardPage}/students/[studentId]`, "page");
});

export const moderatePostAction = formAction(moderatePostSchema, ["TEACHER"], async (input, me) => {
  await moderatePost(db, me.id, input);
  refresh();
});

export const dismissReportsAction = formAction(dismissReportsSchema, ["TEACHER"], async (input, me) => {
  const result = await dismissReports(db, me.id, input);
  refresh();
  return result;
});

export const removeBoardStudentAction = formAction(moderateStudentSchema, ["TEACHER"], async (input, me) => {
  await removeStudent(db, me.id, input);
  refresh();
});

export const restoreBoardStudentAction = formAction(moderateStudentSchema, ["TEACHER"], async (input, me) => {
  await restoreStudent(db, me.id, input);
  refresh();
});

// Prompts reach open boards through the event stream, like students' posts.
export const postPromptAction = formAction(promptSchema, ["TEACHER"], async (input, me) => {
  await postPrompt(db, me.id, input);
  refresh();
});

export const removePromptAction = formAction(removePromptSchema, ["TEACHER"], async (input, me) => {
  await removePrompt(db, me.id, input);
  refresh();
});
