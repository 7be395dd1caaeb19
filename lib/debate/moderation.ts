import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { excerpt } from "@/lib/text/excerpt";
import { takeSeat } from "./board";
import { announce } from "./events";
import { cleanText } from "./limits";
import { type AuditAction, auditEntry, requireTeacherBoard, requireTeacherBoardForStudent } from "./teacher";
import type { ModeratePostInput, ModerateStudentInput, PostModeration } from "./teacher-schema";

/**
 * The teacher's moderation of a board: posts (hide, restore, pin, lock), students (remove, restore), the
 * queue of students' reports and the audit trail. Scoped like teacher.ts: a post or board outside the
 * teacher's classes, or a student not enrolled, is not found. Each change and its audit row are one
 * transaction, so the trail never misses a change nor records one that did not happen.
 */

/** A post on a board of one of this teacher's classes. */
async function requireTeacherPost(db: Db, teacherId: string, postId: string) {
  const post = await db.debatePost.findFirst({
    // Students' posts only: the teacher's own prompts are removed, not moderated (lib/debate/prompts.ts).
    where: { id: postId, kind: { not: "prompt" }, debate: { assignment: teacherAssignment(teacherId) } },
    select: { id: true, debateId: true, authorId: true, depth: true, hiddenAt: true },
  });
  if (!post) fail("notFound");
  return post;
}

function postChange(action: PostModeration, reason: string, hiddenAt: Date | null, now: Date) {
  switch (action) {
    case "hide":
      // Hiding again keeps the first time and takes the new reason.
      return { hiddenAt: hiddenAt ?? now, hiddenReason: reason };
    case "restore":
      return { hiddenAt: null, hiddenReason: null };
    case "pin":
    case "unpin":
      return { pinned: action === "pin" };
    case "lock":
    case "unlock":
      return { locked: action === "lock" };
  }
}

/**
 * Hides (the author sees the reason, so one is required), restores, pins or locks a post. Pins and locks
 * are for arguments, which head the threads; a reply is not found for them. Hiding a post settles its open
 * reports: the teacher has acted on them.
 */
export async function moderatePost(db: Db, teacherId: string, input: ModeratePostInput, now = new Date()) {
  const post = await requireTeacherPost(db, teacherId, input.postId);
  if (post.depth !== 0 && input.action !== "hide" && input.action !== "restore") fail("notFound");
  const reason = cleanText(input.reason);
  if (input.action === "hide" && !reason) fail("hideReasonRequired", "reason");
  await db.$transaction([
    db.debatePost.update({
      where: { id: post.id },
      data: { ...postChange(input.action, reason, post.hiddenAt, now), changeSeq: null },
    }),
    ...(input.action === "hide"
      ? [db.debateReport.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: now } })]
      : []),
    auditEntry(db, {
      debateId: post.debateId,
      actorId: teacherId,
      action: `post:${input.action}`,
      postId: post.id,
      targetUserId: post.authorId,
      reason,
      at: now,
    }),
  ]);
  await announce(db, post.debateId, "moderation", [post.id]);
}

/**
 * Removes a student from the board: they can still read it but no longer post, rate or report. Their posts
 * stay, shown by the usual rules (hide any that need it). A student who never opened the board gets a
 * seat, so the removal holds when they do. Removing again keeps the first time.
 */
export async function removeStudent(db: Db, teacherId: string, input: ModerateStudentInput, now = new Date()) {
  return setRemoved(db, teacherId, input, "student:remove", now);
}

/** Lets a removed student take part again. */
export async function restoreStudent(db: Db, teacherId: string, input: ModerateStudentInput, now = new Date()) {
  return setRemoved(db, teacherId, input, "student:restore", now);
}

async function setRemoved(
  db: Db,
  teacherId: string,
  input: ModerateStudentInput,
  action: Extract<AuditAction, `student:${string}`>,
  now: Date,
) {
  const board = await requireTeacherBoardForStudent(db, teacherId, input.assignmentId, input.studentId);
  const remove = action === "student:remove";
  const seat = remove
    ? await takeSeat(db, input.studentId, board.id)
    : await db.debateParticipant.findUnique({
        where: { debateId_userId: { debateId: board.id, userId: input.studentId } },
      });
  // No seat means never removed: nothing to restore.
  if (!seat) fail("notFound");
  await db.$transaction([
    db.debateParticipant.update({
      where: { id: seat.id },
      data: { removedAt: remove ? (seat.removedAt ?? now) : null },
    }),
    auditEntry(db, {
      debateId: board.id,
      actorId: teacherId,
      action,
      targetUserId: input.studentId,
      reason: cleanText(input.reason),
      at: now,
    }),
  ]);
  await announce(db, board.id, "moderation");
}

export type ReportedPost = {
  post: { id: string; kind: string; claim: string; body: string; hidden: boolean; createdAt: Date };
  author: { id: string; name: string };
  /** Open reports, oldest first. The teacher sees reporters' real names, anonymous board or not. */
  reports: { reporter: { id: string; name: string }; reason: string; createdAt: Date }[];
  count: number;
};

/** Open reports grouped by post; the post reported longest ago first. */
export async function listReports(db: Db, teacherId: string, assignmentId: string): Promise<ReportedPost[]> {
  const board = await requireTeacherBoard(db, teacherId, assignmentId);
  const rows = await db.debateReport.findMany({
    where: { resolvedAt: null, post: { debateId: board.id } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      reason: true,
      createdAt: true,
      reporter: { select: { id: true, displayName: true } },
      post: {
        select: {
          id: true,
          kind: true,
          claim: true,
          body: true,
          hiddenAt: true,
          createdAt: true,
          author: { select: { id: true, displayName: true } },
        },
      },
    },
  });
  // A Map keeps insertion order: each post sits where its oldest open report puts it.
  const byPost = new Map<string, ReportedPost>();
  for (const { post, reporter, reason, createdAt } of rows) {
    let entry = byPost.get(post.id);
    if (!entry) {
      entry = {
        post: {
          id: post.id,
          kind: post.kind,
          claim: post.claim,
          body: post.body,
          hidden: post.hiddenAt !== null,
          createdAt: post.createdAt,
        },
        author: { id: post.author.id, name: post.author.displayName },
        reports: [],
        count: 0,
      };
      byPost.set(post.id, entry);
    }
    entry.reports.push({ reporter: { id: reporter.id, name: reporter.displayName }, reason, createdAt });
    entry.count += 1;
  }
  return [...byPost.values()];
}

/** Settles a post's open reports without changing the post (the teacher found nothing to act on). */
export async function dismissReports(db: Db, teacherId: string, input: { postId: string }, now = new Date()) {
  const post = await requireTeacherPost(db, teacherId, input.postId);
  const [dismissed] = await db.$transaction([
    db.debateReport.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: now } }),
    // Reports settled, its author may change the post again.
    db.debatePost.update({ where: { id: post.id }, data: { changeSeq: null } }),
    auditEntry(db, {
      debateId: post.debateId,
      actorId: teacherId,
      action: "reports:dismiss",
      postId: post.id,
      targetUserId: post.authorId,
      at: now,
    }),
  ]);
  await announce(db, post.debateId, "moderation", [post.id]);
  return { dismissed: dismissed.count };
}

export const EXCERPT_MAX = 80;

export type AuditRow = {
  id: string;
  at: Date;
  actor: string;
  action: string;
  reason: string;
  /** null when the change was not about a post, or the post no longer exists. */
  post: { id: string; claim: string; excerpt: string } | null;
  target: { id: string; name: string } | null;
};

/** Every change to the board, newest first, with the names and post excerpts a reader needs. */
export async function auditTrail(db: Db, teacherId: string, assignmentId: string): Promise<AuditRow[]> {
  const board = await requireTeacherBoard(db, teacherId, assignmentId);
  const rows = await db.debateModeration.findMany({
    where: { debateId: board.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { actor: { select: { displayName: true } } },
  });
  // The log keeps bare ids (a post may be deleted with its thread), so names and excerpts are looked up here.
  const postIds = [...new Set(rows.flatMap((r) => (r.postId ? [r.postId] : [])))];
  const userIds = [...new Set(rows.flatMap((r) => (r.targetUserId ? [r.targetUserId] : [])))];
  const [posts, users] = await Promise.all([
    postIds.length
      ? db.debatePost.findMany({
          where: { id: { in: postIds }, debateId: board.id },
          select: { id: true, claim: true, body: true },
        })
      : [],
    userIds.length ? db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }) : [],
  ]);
  const postById = new Map(posts.map((p) => [p.id, p]));
  const nameById = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => {
    const post = r.postId ? postById.get(r.postId) : undefined;
    const name = r.targetUserId ? nameById.get(r.targetUserId) : undefined;
    return {
      id: r.id,
      at: r.createdAt,
      actor: r.actor.displayName,
      action: r.action,
      reason: r.reason,
      post: post ? { id: post.id, claim: post.claim, excerpt: excerpt(post.body, EXCERPT_MAX) } : null,
      target: r.targetUserId && name !== undefined ? { id: r.targetUserId, name } : null,
    };
  });
}
