import { enrolledIn, teacherAssignmentForStudent } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { findTeacherBoard, takeSeat } from "./board";
import { announce } from "./events";
import type { Phase } from "./phases";
import {
  levelField,
  RUBRIC_CRITERIA,
  RUBRIC_LEVELS,
  RUBRIC_MAX,
  type RubricWording,
  serialiseRubricWording,
} from "./rubric";
import { activeSides, assignBalancedSides, isSide, SIDES, type Side, seededOrder } from "./sides";
import type {
  AssignSideInput,
  BoardSettingsInput,
  GradeParticipantInput,
  PostModeration,
  RubricWordingInput,
  SetPhaseInput,
} from "./teacher-schema";
import { serialiseSideLabels } from "./wording";

/**
 * The teacher's side of a board: settings, phase, sides, revealing ratings, the rubric. Every query names
 * the teacher (boards of assignments in classes they own) and, where a student is named, that student's
 * enrollment in the class, so anything else is simply not found. Each change of the board is written in
 * one transaction with its row in the audit trail (DebateModeration), and live clients are told afterwards.
 */

/** What the audit trail records; the UI translates these (e.g. "phase:closed", "post:hide"). */
export type AuditAction =
  | "settings"
  | "rubric"
  | `phase:${Phase}`
  | "ratings:reveal"
  | `side:${Side}`
  | "sides:balance"
  | `post:${PostModeration}`
  /** A student withdrew their own post (the reason holds the start of its words). */
  | "post:withdraw"
  | "prompt:post"
  | "prompt:remove"
  | "reports:dismiss"
  | "student:remove"
  | "student:restore";

type AuditEntry = {
  debateId: string;
  actorId: string;
  action: AuditAction;
  postId?: string;
  targetUserId?: string;
  reason?: string;
  at: Date;
};

/** The audit row of a change, to put in the same $transaction as the change itself. */
export function auditEntry(db: Db, e: AuditEntry) {
  return db.debateModeration.create({
    data: {
      debateId: e.debateId,
      actorId: e.actorId,
      action: e.action,
      postId: e.postId ?? null,
      targetUserId: e.targetUserId ?? null,
      reason: e.reason ?? "",
      createdAt: e.at,
    },
  });
}

/** The board of one of this teacher's assignments, or fail("notFound"). */
export async function requireTeacherBoard(db: Db, teacherId: string, assignmentId: string) {
  const board = await findTeacherBoard(db, teacherId, assignmentId);
  if (!board) fail("notFound");
  return board;
}

/** The board, if this teacher owns the class and the student is enrolled in it; else fail("notFound"). */
export async function requireTeacherBoardForStudent(
  db: Db,
  teacherId: string,
  assignmentId: string,
  studentId: string,
) {
  const board = await db.debate.findFirst({
    where: { assignment: { id: assignmentId, ...teacherAssignmentForStudent(teacherId, studentId) } },
  });
  if (!board) fail("notFound");
  return board;
}

/**
 * Whether students see the board at all (the assignment's debateEnabled), motion, sides, steelman,
 * anonymity and deadlines. Switching the board off keeps everything on it: switched on again, it is as it
 * was. The third side cannot be switched off while it is in use (a student not removed is on it, or a
 * visible argument argues it): those students could no longer post and those arguments would drop out of
 * the board's columns, so the teacher moves them first. Removed students do not hold it up; restored
 * later, they keep "other" until the teacher moves them.
 */
export async function updateBoardSettings(db: Db, teacherId: string, input: BoardSettingsInput, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  if (input.rebuttalAt && input.closesAt && input.closesAt <= input.rebuttalAt)
    fail("closesBeforeRebuttal", "closesAt");
  // Students' posts written under pseudonyms keep them (the teacher's prompts are under their own name): switching anonymity off would show their authors' names.
  const anyPosts = async () =>
    (await db.debatePost.count({ where: { debateId: board.id, kind: { not: "prompt" } } })) > 0;
  const unmasking = board.anonymous && !input.anonymous;
  if (unmasking && (await anyPosts())) fail("anonymityLocked", "anonymous");
  // Last of the checks: it writes (the third side off) when it passes.
  if (!input.thirdSideEnabled) await keepThirdSideOff(db, board.id, board.thirdSideEnabled);
  const { debateEnabled, motion, thirdSideEnabled, sideMode, steelman, anonymous, rebuttalAt, closesAt } = input;
  const sideLabels = serialiseSideLabels({ first: input.sideFirst, second: input.sideSecond, other: input.sideOther });
  await db.$transaction([
    db.assignment.update({ where: { id: board.assignment.id }, data: { debateEnabled } }),
    db.debate.update({
      where: { id: board.id },
      data: { motion, sideLabels, thirdSideEnabled, sideMode, steelman, anonymous, rebuttalAt, closesAt },
    }),
    auditEntry(db, { debateId: board.id, actorId: teacherId, action: "settings", at: now }),
  ]);
  // A post that came in between the look and the switch (docs/decisions/0015): refused, so the board goes back
  // to the settings it had, anonymous again.
  if (unmasking && (await anyPosts())) {
    await db.$transaction([
      db.assignment.update({
        where: { id: board.assignment.id },
        data: { debateEnabled: board.assignment.debateEnabled },
      }),
      db.debate.update({
        where: { id: board.id },
        data: {
          motion: board.motion,
          sideLabels: board.sideLabels,
          thirdSideEnabled: board.thirdSideEnabled,
          sideMode: board.sideMode,
          steelman: board.steelman,
          anonymous: true,
          rebuttalAt: board.rebuttalAt,
          closesAt: board.closesAt,
        },
      }),
    ]);
    fail("anonymityLocked", "anonymous");
  }
  await announce(db, board.id, "settings");
}

/**
 * The third side off (or kept off), if nobody is on it. Looked at before (a refusal writes nothing) and again after the
 * switch (docs/decisions/0015): a student choosing it or arguing for it from now on is refused, and one
 * who got there between the two looks is seen by the second, which switches it back on and refuses.
 */
async function keepThirdSideOff(db: Db, debateId: string, isOn: boolean) {
  const inUse = async () => {
    const [seats, posts] = await Promise.all([
      db.debateParticipant.count({ where: { debateId, side: "other", removedAt: null } }),
      db.debatePost.count({ where: { debateId, kind: "argument", side: "other", hiddenAt: null } }),
    ]);
    return seats + posts > 0;
  };
  if (await inUse()) fail("sideInUse", "thirdSideEnabled");
  if (!isOn) return;
  await db.debate.update({ where: { id: debateId }, data: { thirdSideEnabled: false } });
  if (await inUse()) {
    await db.debate.update({ where: { id: debateId }, data: { thirdSideEnabled: true } });
    fail("sideInUse", "thirdSideEnabled");
  }
}

/**
 * Sets the phase by hand. phaseSetAt = now makes deadlines that have already passed stop applying (see
 * effectivePhase), so this also reopens a board whose closing time has passed. Closing changes nothing
 * else: the rules make ratings visible on a closed board and ask for the stance after.
 */
export async function setPhase(db: Db, teacherId: string, input: SetPhaseInput, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  await db.$transaction([
    db.debate.update({ where: { id: board.id }, data: { phase: input.phase, phaseSetAt: now } }),
    auditEntry(db, { debateId: board.id, actorId: teacherId, action: `phase:${input.phase}`, at: now }),
  ]);
  await announce(db, board.id, "phase");
}

/** Shows students the rating totals before the board closes. Once shown they stay shown (the first time is kept). */
export async function revealRatings(db: Db, teacherId: string, input: { assignmentId: string }, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  await db.$transaction([
    db.debate.update({ where: { id: board.id }, data: { ratingsRevealedAt: board.ratingsRevealedAt ?? now } }),
    auditEntry(db, { debateId: board.id, actorId: teacherId, action: "ratings:reveal", at: now }),
  ]);
  await announce(db, board.id, "settings");
}

/**
 * Puts one enrolled student on a side (taking their seat if they have not opened the board yet). The
 * teacher may move a student who has already argued; their arguments keep the side they were written for.
 */
export async function assignSide(db: Db, teacherId: string, input: AssignSideInput, now = new Date()) {
  const board = await requireTeacherBoardForStudent(db, teacherId, input.assignmentId, input.studentId);
  if (!activeSides(board.thirdSideEnabled).includes(input.side)) fail("sideInvalid", "side");
  const seat = await takeSeat(db, input.studentId, board.id);
  await db.$transaction([
    db.debateParticipant.update({ where: { id: seat.id }, data: { side: input.side } }),
    auditEntry(db, {
      debateId: board.id,
      actorId: teacherId,
      action: `side:${input.side}`,
      targetUserId: input.studentId,
      at: now,
    }),
  ]);
  await announce(db, board.id, "settings");
}

/**
 * Seats every enrolled student who has not opened the board yet, then gives a side to each one without
 * (balanced, see assignBalancedSides); nobody who has a side is moved. Removed students, and seats of
 * students no longer in the class, neither count nor get a side. The write only fills sides still empty,
 * so a student choosing at the same moment keeps their choice. Returns how many got a side and the
 * resulting count per side.
 */
export async function assignBalanced(db: Db, teacherId: string, input: { assignmentId: string }, now = new Date()) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  const classroomId = board.assignment.classroomId;
  const unseated = await db.enrollment.findMany({
    where: { classroomId, user: { role: "STUDENT", debateSeats: { none: { debateId: board.id } } } },
    select: { userId: true },
  });
  // Seated in an order of the board's own, not the class list's: pseudonyms must not follow who joined first.
  for (const { userId } of seededOrder(unseated, `${board.id}\0seats`, (e) => e.userId))
    await takeSeat(db, userId, board.id);

  const seats = await db.debateParticipant.findMany({
    where: { debateId: board.id, removedAt: null, user: enrolledIn(classroomId) },
    select: { id: true, userId: true, side: true },
  });
  const sides = assignBalancedSides(
    seats.map((s) => ({ userId: s.userId, side: s.side !== null && isSide(s.side) ? s.side : null })),
    activeSides(board.thirdSideEnabled),
    board.id,
  );
  const assigned = seats.filter((s) => s.side === null).map((s) => ({ id: s.id, side: sides.get(s.userId)! }));
  if (assigned.length > 0) {
    await db.$transaction([
      ...assigned.map((s) =>
        db.debateParticipant.updateMany({ where: { id: s.id, side: null }, data: { side: s.side } }),
      ),
      auditEntry(db, { debateId: board.id, actorId: teacherId, action: "sides:balance", at: now }),
    ]);
    await announce(db, board.id, "settings");
  }
  const counts = Object.fromEntries(SIDES.map((s) => [s, 0])) as Record<Side, number>;
  for (const side of sides.values()) counts[side] += 1;
  return { assigned: assigned.length, counts };
}

/**
 * The rubric (claim, evidence, reasoning, rebuttal; 1–4 each, null = not graded) and private feedback for
 * one enrolled student. Private to that student, so it is neither announced to the board nor in the
 * board's audit trail.
 */
export async function gradeParticipant(db: Db, teacherId: string, input: GradeParticipantInput) {
  const board = await requireTeacherBoardForStudent(db, teacherId, input.assignmentId, input.studentId);
  for (const field of ["claim", "evidence", "reasoning", "rebuttal"] as const) {
    const score = input[field];
    if (score !== null && !(Number.isInteger(score) && score >= 1 && score <= RUBRIC_MAX)) fail("rubricInvalid", field);
  }
  const seat = await takeSeat(db, input.studentId, board.id);
  await db.debateParticipant.update({
    where: { id: seat.id },
    data: {
      rubricClaim: input.claim,
      rubricEvidence: input.evidence,
      rubricReasoning: input.reasoning,
      rubricRebuttal: input.rebuttal,
      feedback: input.feedback,
    },
  });
}

/**
 * The wording of the rubric's levels on this board. `isDefault` says whether a text is the catalog's own
 * wording of that level (in any UI language): such a level is stored as "" and so keeps following the
 * catalog, which shows each student the default in their own language.
 */
export async function saveRubricWording(
  db: Db,
  teacherId: string,
  input: RubricWordingInput,
  isDefault: (
    criterion: (typeof RUBRIC_CRITERIA)[number],
    level: (typeof RUBRIC_LEVELS)[number],
    text: string,
  ) => boolean,
  now = new Date(),
) {
  const board = await requireTeacherBoard(db, teacherId, input.assignmentId);
  const wording = Object.fromEntries(
    RUBRIC_CRITERIA.map((c) => [
      c,
      RUBRIC_LEVELS.map((l) => {
        const text = input[levelField(c, l)];
        return isDefault(c, l, text) ? "" : text;
      }),
    ]),
  ) as RubricWording;
  await db.$transaction([
    db.debate.update({ where: { id: board.id }, data: { rubricLevels: serialiseRubricWording(wording) } }),
    auditEntry(db, { debateId: board.id, actorId: teacherId, action: "rubric", at: now }),
  ]);
}
