"use server";

import { revalidatePath } from "next/cache";
import { action, formToObject } from "@/lib/actions";
import { db } from "@/lib/db";
import { dismissReports, moderatePost, removeStudent, restoreStudent } from "./moderation";
import { assignBalanced, assignSide, gradeParticipant, revealRatings, setPhase, updateBoardSettings } from "./teacher";
import {
  assignBalancedSchema,
  assignSideSchema,
  boardSettingsSchema,
  dismissReportsSchema,
  gradeParticipantSchema,
  moderatePostSchema,
  moderateStudentSchema,
  revealRatingsSchema,
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

const settingsAction = action(boardSettingsSchema, ["TEACHER"], async (input, me) => {
  await updateBoardSettings(db, me.id, input);
  refresh();
  // Switching the debate part on or off also changes the assignment page's panel.
  revalidatePath(`/teacher/assignments/${input.assignmentId}`);
});
export async function saveBoardSettings(_previous: unknown, form: unknown) {
  return settingsAction(formToObject(form));
}

const phaseAction = action(setPhaseSchema, ["TEACHER"], async (input, me) => {
  await setPhase(db, me.id, input);
  refresh();
});
export async function setBoardPhase(_previous: unknown, form: unknown) {
  return phaseAction(formToObject(form));
}

const revealAction = action(revealRatingsSchema, ["TEACHER"], async (input, me) => {
  await revealRatings(db, me.id, input);
  refresh();
});
export async function revealBoardRatings(_previous: unknown, form: unknown) {
  return revealAction(formToObject(form));
}

const sideAction = action(assignSideSchema, ["TEACHER"], async (input, me) => {
  await assignSide(db, me.id, input);
  refresh();
});
export async function assignStudentSide(_previous: unknown, form: unknown) {
  return sideAction(formToObject(form));
}

/** Returns how many students got a side and the count per side, which the form shows. */
const balanceAction = action(assignBalancedSchema, ["TEACHER"], async (input, me) => {
  const result = await assignBalanced(db, me.id, input);
  refresh();
  return result;
});
export async function balanceSides(_previous: unknown, form: unknown) {
  return balanceAction(formToObject(form));
}

// Private to the student: nothing on the board changes (gradeParticipant announces nothing).
const gradeAction = action(gradeParticipantSchema, ["TEACHER"], async (input, me) => {
  await gradeParticipant(db, me.id, input);
  refresh();
});
export async function gradeStudent(_previous: unknown, form: unknown) {
  return gradeAction(formToObject(form));
}

const postAction = action(moderatePostSchema, ["TEACHER"], async (input, me) => {
  await moderatePost(db, me.id, input);
  refresh();
});
export async function moderateBoardPost(_previous: unknown, form: unknown) {
  return postAction(formToObject(form));
}

const dismissAction = action(dismissReportsSchema, ["TEACHER"], async (input, me) => {
  const result = await dismissReports(db, me.id, input);
  refresh();
  return result;
});
export async function dismissPostReports(_previous: unknown, form: unknown) {
  return dismissAction(formToObject(form));
}

const removeAction = action(moderateStudentSchema, ["TEACHER"], async (input, me) => {
  await removeStudent(db, me.id, input);
  refresh();
});
export async function removeBoardStudent(_previous: unknown, form: unknown) {
  return removeAction(formToObject(form));
}

const restoreAction = action(moderateStudentSchema, ["TEACHER"], async (input, me) => {
  await restoreStudent(db, me.id, input);
  refresh();
});
export async function restoreBoardStudent(_previous: unknown, form: unknown) {
  return restoreAction(formToObject(form));
}
