import { type Db, isPostgres, type Tx } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { excerpt } from "@/lib/text/excerpt";
import { boardPhase, requireSeat } from "./board";
import { announce } from "./events";
import { type EditPostInput, POST_WINDOW_MS, postRateExceeded, type WithdrawPostInput } from "./limits";
import { canChangeOwnPost } from "./phases";
import { auditEntry } from "./teacher";

/**
 * A student changing their own post: editing its words or withdrawing it, while canChangeOwnPost allows
 * (until someone replied or rated it; an edit also once the teacher hid it, asking for a fix; a withdrawal
 * never while the teacher is dealing with it). An edit keeps the words it replaces (DebatePostRevision) and
 * marks the post edited for everyone; a withdrawal removes the post and leaves a line in the board's audit
 * trail with the start of what was withdrawn, for the teacher.
 *
 * The rule is checked, and the change written, in one short transaction with the post locked, so a reply
 * cannot land between the two (decision 0030): on PostgreSQL the post's row is taken FOR UPDATE, which a
 * reply's foreign-key check waits for; on SQLite there is one writer, and the transaction gate holds other
 * statements while it is open (decision 0015). A reply that comes after a withdrawal finds its post gone.
 */

async function changeLocked<T>(
  db: Db,
  studentId: string,
  input: { debateId: string; postId: string },
  change: "edit" | "withdraw",
  now: Date,
  write: (tx: Tx, post: OwnPost, debateId: string) => Promise<T>,
) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  const phase = boardPhase(board, now);
  return db.$transaction(async (tx) => {
    if (isPostgres(db)) await tx.$queryRaw`SELECT "id" FROM "DebatePost" WHERE "id" = ${input.postId} FOR UPDATE`;
    // The teacher's prompts are not a student's to change; another student's post is simply not found.
    const post = await tx.debatePost.findFirst({
      where: { id: input.postId, debateId: board.id, authorId: studentId, kind: { not: "prompt" } },
      select: OWN_POST,
    });
    if (!post) fail("notFound");
    const refusal = canChangeOwnPost({
      phase,
      removed: seat.removedAt !== null,
      answered: post._count.replies + post._count.ratings > 0,
      hidden: post.hiddenAt !== null,
      reported: post._count.reports > 0,
      change,
    });
    if (refusal) fail(refusal);
    return write(tx, post, board.id);
  });
}

const OWN_POST = {
  id: true,
  parentId: true,
  kind: true,
  claim: true,
  body: true,
  sourceTitle: true,
  sourceUrl: true,
  hiddenAt: true,
  _count: { select: { replies: true, ratings: true, reports: { where: { resolvedAt: null } } } },
} as const;
type OwnPost = {
  id: string;
  parentId: string | null;
  kind: string;
  claim: string;
  body: string;
  sourceTitle: string | null;
  sourceUrl: string | null;
};

export async function editOwnPost(db: Db, studentId: string, input: EditPostInput, now = new Date()) {
  // Each edit is announced to the whole board: as many as posts are allowed in a minute, no more.
  const recentEdits = await db.debatePostRevision.count({
    where: { post: { authorId: studentId }, replacedAt: { gt: new Date(now.getTime() - POST_WINDOW_MS) } },
  });
  if (postRateExceeded(recentEdits)) fail("tooManyPosts");
  const edited = await changeLocked(db, studentId, input, "edit", now, async (tx, post) => {
    const isArgument = post.kind === "argument";
    if (isArgument && !input.claim) fail("required", "claim");
    const words = {
      claim: isArgument ? input.claim : "",
      body: input.body,
      sourceTitle: isArgument ? input.sourceTitle : null,
      sourceUrl: isArgument ? input.sourceUrl : null,
    };
    // The same words again (a resend whose reply was lost, or nothing changed): nothing to record.
    const same =
      words.claim === post.claim &&
      words.body === post.body &&
      words.sourceTitle === post.sourceTitle &&
      words.sourceUrl === post.sourceUrl;
    if (same) return false;
    await tx.debatePostRevision.create({
      data: {
        postId: post.id,
        claim: post.claim,
        body: post.body,
        sourceTitle: post.sourceTitle,
        sourceUrl: post.sourceUrl,
        replacedAt: now,
      },
    });
    await tx.debatePost.update({ where: { id: post.id }, data: { ...words, editedAt: now, changeSeq: null } });
    return true;
  });
  if (edited) await announce(db, input.debateId, "post", [input.postId]);
  return { id: input.postId };
}

export async function withdrawOwnPost(db: Db, studentId: string, input: WithdrawPostInput, now = new Date()) {
  const parentId = await changeLocked(db, studentId, input, "withdraw", now, async (tx, post, debateId) => {
    await auditEntry(tx as unknown as Db, {
      debateId,
      actorId: studentId,
      action: "post:withdraw",
      postId: post.id,
      targetUserId: studentId,
      reason: excerpt(post.claim || post.body, 60),
      at: now,
    });
    await tx.debatePost.delete({ where: { id: post.id } });
    if (post.parentId) await tx.debatePost.update({ where: { id: post.parentId }, data: { changeSeq: null } });
    return post.parentId;
  });
  // Gone, it is missing from the board's count (pages then read the board again); the post it answered may
  // now be changed by its own author again.
  await announce(db, input.debateId, "post", parentId ? [parentId] : []);
}
