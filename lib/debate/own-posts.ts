import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { excerpt } from "@/lib/text/excerpt";
import { boardPhase, requireSeat } from "./board";
import { announce } from "./events";
import type { EditPostInput, WithdrawPostInput } from "./limits";
import { canChangeOwnPost } from "./phases";
import { auditEntry } from "./teacher";

/**
 * A student changing their own post: editing its words or withdrawing it, while canChangeOwnPost allows
 * (until someone replied; an edit also once the teacher hid it, asking for a fix). An edit keeps the words
 * it replaces (DebatePostRevision) and marks the post edited for everyone; a withdrawal removes the post and
 * leaves a line in the board's audit trail with the start of what was withdrawn, for the teacher.
 *
 * Both re-check "no replies" in the write's own WHERE, so a reply that lands after the check but before the
 * write stops it. An edit writes the old words and the new in one transaction, then takes the kept words
 * back if the post did not change after all (a reply landed in between).
 */

async function ownPost(db: Db, studentId: string, input: { debateId: string; postId: string }, now: Date) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  // The teacher's prompts are not a student's to change; another student's post is simply not found.
  const post = await db.debatePost.findFirst({
    where: { id: input.postId, debateId: board.id, authorId: studentId, kind: { not: "prompt" } },
    select: {
      id: true,
      kind: true,
      claim: true,
      body: true,
      sourceTitle: true,
      sourceUrl: true,
      hiddenAt: true,
      _count: { select: { replies: true } },
    },
  });
  if (!post) fail("notFound");
  const rules = {
    phase: boardPhase(board, now),
    removed: seat.removedAt !== null,
    hasReplies: post._count.replies > 0,
    hidden: post.hiddenAt !== null,
  };
  return { board, post, rules };
}

export async function editOwnPost(db: Db, studentId: string, input: EditPostInput, now = new Date()) {
  const { board, post, rules } = await ownPost(db, studentId, input, now);
  const refusal = canChangeOwnPost({ ...rules, change: "edit" });
  if (refusal) fail(refusal);
  const isArgument = post.kind === "argument";
  if (isArgument && !input.claim) fail("required", "claim");
  const words = {
    claim: isArgument ? input.claim : "",
    body: input.body,
    sourceTitle: isArgument ? input.sourceTitle : null,
    sourceUrl: isArgument ? input.sourceUrl : null,
  };
  // The same words again (a resend whose reply was lost, or nothing changed): nothing to record.
  if (
    words.claim === post.claim &&
    words.body === post.body &&
    words.sourceTitle === post.sourceTitle &&
    words.sourceUrl === post.sourceUrl
  )
    return { id: post.id };
  const stillChangeable = rules.hidden ? {} : { replies: { none: {} } };
  const [kept, changed] = await db.$transaction([
    db.debatePostRevision.create({
      data: {
        postId: post.id,
        claim: post.claim,
        body: post.body,
        sourceTitle: post.sourceTitle,
        sourceUrl: post.sourceUrl,
        replacedAt: now,
      },
      select: { id: true },
    }),
    db.debatePost.updateMany({ where: { id: post.id, ...stillChangeable }, data: { ...words, editedAt: now } }),
  ]);
  if (changed.count === 0) {
    await db.debatePostRevision.delete({ where: { id: kept.id } });
    fail("postHasReplies");
  }
  announce(board.id, "post");
  return { id: post.id };
}

export async function withdrawOwnPost(db: Db, studentId: string, input: WithdrawPostInput, now = new Date()) {
  const { board, post, rules } = await ownPost(db, studentId, input, now);
  const refusal = canChangeOwnPost({ ...rules, change: "withdraw" });
  if (refusal) fail(refusal);
  const [logged, removed] = await db.$transaction([
    auditEntry(db, {
      debateId: board.id,
      actorId: studentId,
      action: "post:withdraw",
      postId: post.id,
      targetUserId: studentId,
      reason: excerpt(post.claim || post.body, 60),
      at: now,
    }),
    db.debatePost.deleteMany({ where: { id: post.id, authorId: studentId, replies: { none: {} } } }),
  ]);
  if (removed.count === 0) {
    await db.debateModeration.delete({ where: { id: logged.id } });
    fail("postHasReplies");
  }
  announce(board.id, "post");
}
