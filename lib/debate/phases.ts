import type { ErrorKey } from "@/lib/actions/result";
import type { Side } from "./sides";

/**
 * What students may do on a board, as pure rules: each takes the facts the caller has loaded and returns
 * null (allowed) or a key of the "errors" message catalog. The data layer calls them inside its writes, so
 * an action cannot skip one; the UI calls the same functions to grey out what would be refused.
 */
export const PHASES = ["opening", "rebuttal", "closed"] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: unknown): value is Phase {
  return (PHASES as readonly unknown[]).includes(value);
}

export const REPLY_KINDS = ["support", "rebut", "question"] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export function isReplyKind(value: unknown): value is ReplyKind {
  return (REPLY_KINDS as readonly unknown[]).includes(value);
}

/** An argument is depth 0; replies are 1 to 3, so a post at depth 3 takes no replies. */
export const MAX_REPLY_DEPTH = 3;

export type PhaseSetting = {
  /** The phase the teacher last set (the board starts in "opening"). */
  phase: Phase;
  rebuttalAt: Date | null;
  closesAt: Date | null;
  /** When the teacher last set the phase by hand; null or absent = never (every deadline counts). */
  phaseSetAt?: Date | null;
};

/**
 * The phase in force at `now`. Deadlines only move a board forward: at rebuttalAt an opening board becomes
 * "rebuttal", at closesAt any board becomes "closed" (a deadline is reached at its exact instant).
 *
 * A teacher's manual change wins over a deadline that had already passed when they made it: only deadlines
 * later than phaseSetAt count. So a teacher can reopen a board whose closing time has passed (say, for a
 * lesson that ran over) without also clearing the deadline, and a deadline set again in the future still
 * moves the board on (a change made at the deadline's very instant counts as after it). Without phaseSetAt, every passed deadline counts, and reopening needs the deadline
 * moved as well.
 */
export function effectivePhase(board: PhaseSetting, now: Date): Phase {
  const counts = (at: Date | null) => at !== null && at <= now && (!board.phaseSetAt || at > board.phaseSetAt);
  if (counts(board.closesAt)) return "closed";
  if (counts(board.rebuttalAt) && board.phase === "opening") return "rebuttal";
  return board.phase;
}

/**
 * A new argument. Arguments may be posted in the opening phase (blind: nobody sees the others yet) and in
 * the rebuttal phase (a student who missed the opening can still take part, and a steelman argument may be
 * written after reading the other side). Without steelman, a student argues only their own side; with it,
 * they may also argue any other side, which is what the steelman gate in canReply looks for.
 */
export function canPostArgument(f: {
  phase: Phase;
  /** The teacher removed this student from the board. */
  removed: boolean;
  /** The side the argument argues for. */
  side: Side;
  /** The student's own side (chosen or assigned); null until they have one. */
  participantSide: Side | null;
  activeSides: readonly Side[];
  steelman: boolean;
}): ErrorKey | null {
  if (f.removed) return "removedFromBoard";
  if (f.phase === "closed") return "debateClosed";
  if (!f.activeSides.includes(f.side)) return "sideInvalid";
  if (f.participantSide === null) return "sideRequired";
  if (f.side !== f.participantSide && !f.steelman) return "notYourSide";
  return null;
}

/**
 * A reply to a post (an argument or another reply), only in the rebuttal phase.
 *
 * The steelman gate: with steelman on, a "rebut" reply anywhere in the thread of an argument for side X,
 * by a student whose own side is not X (or who has none), is allowed only once that student has posted an
 * argument of their own for X that is not hidden (`hasPostedSteelman`, computed by the caller for X).
 * So a student on "first" must post one "second" argument before rebutting in a "second" thread; support and
 * questions are never gated, nor is rebutting inside a thread of one's own side. With the third side the
 * same rule reads per side: rebutting in an "other" thread needs an "other" argument first, and an "other"
 * student needs a "first" or "second" argument before rebutting in that side's threads.
 */
export function canReply(f: {
  phase: Phase;
  removed: boolean;
  /** Depth of the post replied to: 0 for an argument. */
  parentDepth: number;
  /** The teacher locked the thread (the caller checks the argument and every post above the parent). */
  parentLocked: boolean;
  replyKind: ReplyKind;
  steelman: boolean;
  /** The side of the argument at the top of the thread. */
  argumentSide: Side;
  participantSide: Side | null;
  hasPostedSteelman: boolean;
}): ErrorKey | null {
  if (f.removed) return "removedFromBoard";
  if (f.phase === "closed") return "debateClosed";
  if (f.phase !== "rebuttal") return "wrongPhase";
  if (f.parentLocked) return "threadLocked";
  if (f.parentDepth >= MAX_REPLY_DEPTH) return "replyTooDeep";
  if (f.steelman && f.replyKind === "rebut" && f.participantSide !== f.argumentSide && !f.hasPostedSteelman)
    return "steelmanFirst";
  return null;
}

/**
 * Rating another student's argument 1–5, changing it, or withdrawing it (`value: null`): only in the
 * rebuttal phase, when everyone can see what they rate; the closed board is a record and stays as it was.
 */
export function canRate(f: {
  phase: Phase;
  removed: boolean;
  isOwnPost: boolean;
  value: number | null;
}): ErrorKey | null {
  if (f.removed) return "removedFromBoard";
  if (f.phase === "closed") return "debateClosed";
  if (f.phase !== "rebuttal") return "wrongPhase";
  if (f.isOwnPost) return "cannotRateOwn";
  if (f.value !== null && !(Number.isInteger(f.value) && f.value >= 1 && f.value <= 5)) return "ratingInvalid";
  return null;
}

/**
 * Whether a student may edit or withdraw their own post: until someone has replied to it or rated it (they
 * answered the words as they were), except that a post the teacher hid, asking for a fix, may always be
 * edited. Never withdrawn while the teacher is dealing with it (hidden, or reported and not yet dismissed):
 * that would take the evidence with it. Not once the board is closed, nor by a student taken off the board.
 */
export function canChangeOwnPost(f: {
  phase: Phase;
  removed: boolean;
  /** Replies or ratings on it. */
  answered: boolean;
  hidden: boolean;
  /** Reports not yet dismissed. */
  reported: boolean;
  change: "edit" | "withdraw";
}): ErrorKey | null {
  if (f.removed) return "removedFromBoard";
  if (f.phase === "closed") return "debateClosed";
  if (f.change === "withdraw" && (f.hidden || f.reported)) return "postUnderReview";
  if (f.answered && !(f.hidden && f.change === "edit")) return "postHasReplies";
  return null;
}

/**
 * Whether a post is shown to this viewer at all. The teacher sees everything. A hidden post is shown only
 * to its author (with the teacher's reason) and the teacher. In the opening phase students see only their
 * own posts, so each argument is written before reading the others'.
 */
export function canSee(f: {
  phase: Phase;
  viewerIsAuthor: boolean;
  viewerIsTeacher: boolean;
  hidden: boolean;
}): boolean {
  if (f.viewerIsTeacher || f.viewerIsAuthor) return true;
  return !f.hidden && f.phase !== "opening";
}

/** Rating totals: always for the teacher; for students once the teacher reveals them or the board closes. */
export function ratingsVisible(f: { phase: Phase; ratingsRevealedAt: Date | null; viewerIsTeacher: boolean }): boolean {
  return f.viewerIsTeacher || f.phase === "closed" || f.ratingsRevealedAt !== null;
}
