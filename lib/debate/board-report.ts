import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { excerpt } from "@/lib/text/excerpt";
import { boardPhase } from "./board";
import { evidenceSide } from "./evidence-side";
import { REPLY_KINDS, type ReplyKind } from "./phases";
import { parseRubricWording, type Rubric } from "./rubric";
import { activeSides, type Side, sideOf } from "./sides";

/**
 * What the teacher sees of a board: per-student contributions with the rubric, the class's stance shift,
 * and the evidence map. Real names always (the teacher is never anonymised to). Scoped to the teacher in
 * the query: another teacher's assignment finds nothing (null). The board as exported is board-export-data.ts.
 *
 * Hidden posts: counted in a student's "hidden posts" and nowhere else (not as arguments or replies, not
 * in quote counts, not in the evidence map, ratings on a hidden argument not as ratings received). Replies
 * under a hidden post still count: they are other students' work, hidden or not by their own right.
 */

export const STANCES = [1, 2, 3, 4, 5] as const;
/** 1 = the first side … 5 = the second. */
export type Stance = (typeof STANCES)[number];

export type RatingSummary = { count: number; average: number | null };

export type StudentContribution = {
  studentId: string;
  displayName: string;
  loginName: string;
  /** false until the student first opens the board (no seat yet: no side, no stance, nothing graded). */
  seated: boolean;
  side: Side | null;
  removed: boolean;
  /** Visible posts only; hidden ones are in hiddenPosts. */
  arguments: number;
  replies: Record<ReplyKind, number>;
  /** Distinct paragraphs quoted across the student's visible posts, and all their quotes. */
  paragraphsQuoted: number;
  quotes: number;
  ratingsGiven: RatingSummary;
  /** Ratings on the student's visible arguments. */
  ratingsReceived: RatingSummary;
  hiddenPosts: number;
  stanceBefore: Stance | null;
  stanceAfter: Stance | null;
  /** after − before (positive = towards "second"); null unless both are given. */
  shift: number | null;
  rubric: Rubric;
  feedback: string;
};

export type StanceSummary = {
  before: { count: number; mean: number | null };
  after: { count: number; mean: number | null };
  /** Over the students who gave both. */
  shift: { count: number; mean: number | null };
  /** One row per stance 1…5, in order. */
  histogram: { stance: Stance; before: number; after: number }[];
};

export type EvidenceParagraph = {
  paragraphId: string;
  position: number;
  excerpt: string;
  bySide: Record<Side, number>;
  /** Quotes in replies whose author has no side. */
  unsided: number;
  total: number;
};

export type BoardReport = NonNullable<Awaited<ReturnType<typeof loadBoardReport>>>;

const EXCERPT_CHARS = 40;

const stanceOf = (value: number | null): Stance | null =>
  value !== null && (STANCES as readonly number[]).includes(value) ? (value as Stance) : null;
const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
const summary = (values: readonly number[]): RatingSummary => ({ count: values.length, average: mean(values) });

export function summariseStances(
  rows: readonly { stanceBefore: Stance | null; stanceAfter: Stance | null; shift: number | null }[],
): StanceSummary {
  const before = rows.flatMap((r) => (r.stanceBefore === null ? [] : [r.stanceBefore]));
  const after = rows.flatMap((r) => (r.stanceAfter === null ? [] : [r.stanceAfter]));
  const shifts = rows.flatMap((r) => (r.shift === null ? [] : [r.shift]));
  return {
    before: { count: before.length, mean: mean(before) },
    after: { count: after.length, mean: mean(after) },
    shift: { count: shifts.length, mean: mean(shifts) },
    histogram: STANCES.map((stance) => ({
      stance,
      before: before.filter((s) => s === stance).length,
      after: after.filter((s) => s === stance).length,
    })),
  };
}

/**
 * The teacher's report on one board, or null unless the assignment is in a class this teacher owns.
 * Students are those enrolled now, sorted by name; seats of students who left the class are not listed,
 * but their posts still count in the evidence map. The class stance summary includes removed students:
 * being taken off the board does not undo where they stood.
 */
export async function loadBoardReport(db: Db, teacherId: string, assignmentId: string, now = new Date()) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...teacherAssignment(teacherId) },
    select: {
      id: true,
      title: true,
      readingId: true,
      classroom: {
        select: {
          id: true,
          name: true,
          enrollments: { select: { user: { select: { id: true, displayName: true, loginName: true } } } },
        },
      },
      debate: true,
    },
  });
  if (!assignment?.debate) return null;
  const board = assignment.debate;
  // Sorted here rather than in SQL: SQLite and PostgreSQL collate Chinese names differently.
  const students = assignment.classroom.enrollments
    .map((e) => e.user)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, "zh-Hant"));

  const [participants, paragraphs, posts, ratings] = await Promise.all([
    db.debateParticipant.findMany({ where: { debateId: board.id } }),
    db.readingParagraph.findMany({
      where: { readingId: assignment.readingId },
      orderBy: { position: "asc" },
      select: { id: true, position: true, text: true },
    }),
    db.debatePost.findMany({
      where: { debateId: board.id },
      select: {
        id: true,
        authorId: true,
        kind: true,
        side: true,
        hiddenAt: true,
        quotes: { select: { paragraphId: true } },
      },
    }),
    db.debateRating.findMany({
      where: { post: { debateId: board.id } },
      select: { postId: true, userId: true, value: true },
    }),
  ]);
  const seatOf = new Map(participants.map((p) => [p.userId, p]));
  const visible = posts.filter((p) => p.hiddenAt === null);
  const visibleArgumentAuthor = new Map(visible.filter((p) => p.kind === "argument").map((p) => [p.id, p.authorId]));

  const evidence = new Map<string, EvidenceParagraph>(
    paragraphs.map((p) => [
      p.id,
      {
        paragraphId: p.id,
        position: p.position,
        excerpt: excerpt(p.text, EXCERPT_CHARS),
        bySide: { first: 0, second: 0, other: 0 },
        unsided: 0,
        total: 0,
      },
    ]),
  );
  for (const post of visible) {
    const side = evidenceSide(post, sideOf(seatOf.get(post.authorId)?.side));
    for (const q of post.quotes) {
      const row = evidence.get(q.paragraphId);
      if (!row) continue; // quotes are checked against this reading on write; nothing else can be here
      row.total++;
      if (side) row.bySide[side]++;
      else row.unsided++;
    }
  }

  const rows: StudentContribution[] = students.map((s) => {
    const seat = seatOf.get(s.id);
    const own = posts.filter((p) => p.authorId === s.id);
    const ownVisible = own.filter((p) => p.hiddenAt === null);
    const quotes = ownVisible.flatMap((p) => p.quotes);
    const stanceBefore = stanceOf(seat?.stanceBefore ?? null);
    const stanceAfter = stanceOf(seat?.stanceAfter ?? null);
    return {
      studentId: s.id,
      displayName: s.displayName,
      loginName: s.loginName,
      seated: seat !== undefined,
      side: sideOf(seat?.side),
      removed: Boolean(seat?.removedAt),
      arguments: ownVisible.filter((p) => p.kind === "argument").length,
      replies: Object.fromEntries(REPLY_KINDS.map((k) => [k, ownVisible.filter((p) => p.kind === k).length])) as Record<
        ReplyKind,
        number
      >,
      paragraphsQuoted: new Set(quotes.map((q) => q.paragraphId)).size,
      quotes: quotes.length,
      ratingsGiven: summary(ratings.filter((r) => r.userId === s.id).map((r) => r.value)),
      ratingsReceived: summary(ratings.filter((r) => visibleArgumentAuthor.get(r.postId) === s.id).map((r) => r.value)),
      hiddenPosts: own.length - ownVisible.length,
      stanceBefore,
      stanceAfter,
      shift: stanceBefore !== null && stanceAfter !== null ? stanceAfter - stanceBefore : null,
      rubric: {
        claim: seat?.rubricClaim ?? null,
        evidence: seat?.rubricEvidence ?? null,
        reasoning: seat?.rubricReasoning ?? null,
        rebuttal: seat?.rubricRebuttal ?? null,
      },
      feedback: seat?.feedback ?? "",
    };
  });

  return {
    assignment: {
      id: assignment.id,
      title: assignment.title,
      classroom: { id: assignment.classroom.id, name: assignment.classroom.name },
    },
    board: {
      id: board.id,
      /** As the teacher wrote it; "" = the catalog's default motion. */
      motion: board.motion,
      phase: boardPhase(board, now),
      sides: activeSides(board.thirdSideEnabled),
      thirdSideEnabled: board.thirdSideEnabled,
      sideMode: board.sideMode,
      steelman: board.steelman,
      anonymous: board.anonymous,
      rebuttalAt: board.rebuttalAt,
      closesAt: board.closesAt,
      ratingsRevealedAt: board.ratingsRevealedAt,
      rubricWording: parseRubricWording(board.rubricLevels),
    },
    students: rows,
    stances: summariseStances(rows),
    evidence: [...evidence.values()],
  };
}
