import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { isForeignKeyViolation } from "@/lib/db/errors";
import { rawRows } from "@/lib/db/raw-rows";
import { fail } from "@/lib/errors";
import { createOnce } from "@/lib/idempotency";
import { checkQuote } from "@/lib/readings/quote-check";
import { boardPhase, requireSeat } from "./board";
import { announce, tellAuthor } from "./events";
import { type ArgumentInput, POST_WINDOW_MS, postRateExceeded, type QuoteInput, type ReplyInput } from "./limits";
import { canPostArgument, canRate, canReply, canSee, type Phase, ratingsVisible } from "./phases";
import { activeSides, type Side, sideOf } from "./sides";
import { readThread } from "./thread-rows";

/**
 * Writing on a board: arguments, replies, ratings, reports. Each write checks, in this order, that the
 * student has a seat on a board of their class, the phase and the board's rules, the rate limit and every
 * quote against the original text; then writes the post and its quotes in one statement, so nothing is
 * half-saved. Live clients are told that the board changed (never what; see events.ts).
 */

// Counted twice a post (before the write, and after it with the board's phase: keepIfStillAllowed), so as one
// statement on the database adapter (rawRows, decision 0057) rather than a Prisma count, which costs more in
// Prisma's query compiler than in the database.
const postsInWindow = async (db: Db, studentId: string, now: Date) => {
  const [row] = await rawRows(db)`
    SELECT COUNT(*) AS "posts" FROM "DebatePost"
    WHERE "authorId" = ${studentId} AND "createdAt" > ${windowStart(now)}`;
  return countRow.parse(row).posts;
};
const countRow = z.object({ posts: z.coerce.number() });
/** The start of the minute a student's posts are counted over. */
const windowStart = (now: Date) => new Date(now.getTime() - POST_WINDOW_MS);

async function checkRate(db: Db, studentId: string, now: Date) {
  if (postRateExceeded(await postsInWindow(db, studentId, now))) fail("tooManyPosts");
}

/**
 * Post first, then look again (docs/decisions/0015), in one statement: the author's posts in the last minute,
 * since posts sent in parallel all pass checkRate before any is written (the count now includes this post);
 * and the board's phase, since the teacher may have closed the board, or set it back, while the post was being
 * written (`refusalIn` says what the post's kind may not land in). A post the rules no longer allow is taken
 * back before anyone is told of it.
 */
async function keepIfStillAllowed(
  db: Db,
  post: { id: string; authorId: string; debateId: string },
  now: Date,
  refusalIn: (phase: Phase) => "debateClosed" | "wrongPhase" | null,
) {
  const [row] = await rawRows(db)`
    SELECT (SELECT COUNT(*) FROM "DebatePost"
            WHERE "authorId" = ${post.authorId} AND "createdAt" > ${windowStart(now)}) AS "posts",
           "phase", "phaseSetAt", "rebuttalAt", "closesAt"
    FROM "Debate" WHERE "id" = ${post.debateId}`;
  if (!row) fail("notFound"); // the board deleted meanwhile (its assignment), and the post with it
  const { posts, ...board } = afterWriteRow.parse(row);
  const refusal = postRateExceeded(posts - 1) ? "tooManyPosts" : refusalIn(boardPhase(board, now));
  if (!refusal) return;
  await db.debatePost.delete({ where: { id: post.id } });
  fail(refusal);
}
const afterWriteRow = z.object({
  posts: z.coerce.number(),
  phase: z.string(),
  phaseSetAt: z.date().nullable(),
  rebuttalAt: z.date().nullable(),
  closesAt: z.date().nullable(),
});

/** Every quote must be a range of a paragraph of this reading holding exactly the text the student selected. */
async function verifiedQuotes(db: Db, readingId: string, quotes: QuoteInput[]) {
  if (quotes.length === 0) return [];
  const paragraphs = await db.readingParagraph.findMany({
    where: { readingId, id: { in: [...new Set(quotes.map((q) => q.paragraphId))] } },
    select: {
      id: true,
      text: true,
      reading: { select: { language: true, glossary: { select: { term: true, aliases: true } } } },
    },
  });
  return quotes.map((q) => {
    const paragraph = paragraphs.find((p) => p.id === q.paragraphId);
    const quote = paragraph && checkQuote(paragraph.text, paragraph.reading, q);
    if (!paragraph || !quote) fail("quoteMismatch", "quotes");
    return { paragraphId: q.paragraphId, start: q.start, end: q.end, quote };
  });
}

/**
 * The post's quotes, written with it in one transaction; none, when it has none: Prisma opens a transaction for
 * any nested write, empty or not, which costs a post three more round trips to the database.
 */
function withQuotes(quotes: Awaited<ReturnType<typeof verifiedQuotes>>) {
  return quotes.length > 0 ? { quotes: { create: quotes } } : {};
}

/** The post an earlier send of the same write made on this board (see lib/idempotency.ts), if any. */
function sentBefore(db: Db, studentId: string, debateId: string) {
  return (clientKey: string) =>
    db.debatePost.findFirst({ where: { authorId: studentId, clientKey, debateId }, select: { id: true } });
}

export async function postArgument(db: Db, studentId: string, input: ArgumentInput, now = new Date()) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  const earlier = input.clientKey ? await sentBefore(db, studentId, board.id)(input.clientKey) : null;
  if (earlier) return earlier;
  const refusal = canPostArgument({
    phase: boardPhase(board, now),
    removed: Boolean(seat.removedAt),
    side: input.side,
    participantSide: sideOf(seat.side),
    activeSides: activeSides(board.thirdSideEnabled),
    steelman: board.steelman,
  });
  if (refusal) fail(refusal, refusal === "sideInvalid" ? "side" : undefined);
  await checkRate(db, studentId, now);
  const quotes = await verifiedQuotes(db, board.assignment.readingId, input.quotes);
  const { row: post, created } = await createOnce(input.clientKey, sentBefore(db, studentId, board.id), () =>
    db.debatePost.create({
      data: {
        debateId: board.id,
        authorId: studentId,
        kind: "argument",
        side: input.side,
        claim: input.claim,
        body: input.reasoning,
        sourceTitle: input.sourceTitle,
        sourceUrl: input.sourceUrl,
        clientKey: input.clientKey,
        ...withQuotes(quotes),
      },
      select: { id: true },
    }),
  );
  if (!created) return post;
  const written = { id: post.id, authorId: studentId, debateId: board.id };
  await keepIfStillAllowed(db, written, now, (phase) => (phase === "closed" ? "debateClosed" : null));
  await keepOnlyIfSideHeld(db, seat, post.id, input.side);
  await announce(db, board.id, "post", [post.id]);
  return post;
}

/**
 * Post first, then look again (docs/decisions/0015): if the student's side changed (another tab, or the
 * teacher) or the teacher switched off the side argued for while this argument was being written, it was
 * checked against rules that no longer hold, so it is withdrawn. Whoever changed the side looks after
 * their own write too, so an argument and a change of side never both land half-way.
 */
async function keepOnlyIfSideHeld(db: Db, seat: { id: string; side: string | null }, postId: string, side: Side) {
  const current = await db.debateParticipant.findUniqueOrThrow({
    where: { id: seat.id },
    select: { side: true, debate: { select: { thirdSideEnabled: true } } },
  });
  const refusal =
    current.side !== seat.side
      ? "sideChangedWhilePosting"
      : activeSides(current.debate.thirdSideEnabled).includes(side)
        ? null
        : "sideInvalid";
  if (!refusal) return;
  await db.debatePost.delete({ where: { id: postId } });
  fail(refusal, refusal === "sideInvalid" ? "side" : undefined);
}

export async function postReply(db: Db, studentId: string, input: ReplyInput & { debateId: string }, now = new Date()) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  const earlier = input.clientKey ? await sentBefore(db, studentId, board.id)(input.clientKey) : null;
  if (earlier) return earlier;
  const thread = await readThread(db, board.id, input.parentId);
  // A hidden post cannot be answered (its author still sees it, with the reason).
  if (!thread || (thread.parent.hiddenAt && thread.parent.authorId !== studentId)) fail("notFound");
  const argumentSide = sideOf(thread.argument.side);
  if (!argumentSide) fail("notFound");
  const hasPostedSteelman =
    board.steelman && input.kind === "rebut"
      ? (await db.debatePost.count({
          where: { debateId: board.id, authorId: studentId, kind: "argument", side: argumentSide, hiddenAt: null },
        })) > 0
      : false;
  const refusal = canReply({
    phase: boardPhase(board, now),
    removed: Boolean(seat.removedAt),
    parentDepth: thread.parent.depth,
    parentLocked: thread.locked,
    replyKind: input.kind,
    steelman: board.steelman,
    argumentSide,
    participantSide: sideOf(seat.side),
    hasPostedSteelman,
  });
  if (refusal) fail(refusal);
  await checkRate(db, studentId, now);
  const quotes = await verifiedQuotes(db, board.assignment.readingId, input.quotes);
  const { row: post, created } = await createOnce(input.clientKey, sentBefore(db, studentId, board.id), () =>
    replyUnlessWithdrawn({
      data: {
        debateId: board.id,
        authorId: studentId,
        parentId: thread.parent.id,
        depth: thread.parent.depth + 1,
        kind: input.kind,
        body: input.body,
        clientKey: input.clientKey,
        ...withQuotes(quotes),
      },
      select: { id: true },
    }),
  );
  if (!created) return post;
  const written = { id: post.id, authorId: studentId, debateId: board.id };
  await keepIfStillAllowed(db, written, now, (phase) =>
    phase === "closed" ? "debateClosed" : phase === "rebuttal" ? null : "wrongPhase",
  );
  // The post answered changes too: answered, its author can no longer edit or withdraw it.
  await announce(db, board.id, "post", [post.id, thread.parent.id]);
  return post;

  // Its author may withdraw the post being answered at this very moment (own-posts.ts, with the post
  // locked): the reply then finds no post to hang on (a foreign-key violation), which is "not found".
  async function replyUnlessWithdrawn(args: Parameters<Db["debatePost"]["create"]>[0] & { select: { id: true } }) {
    try {
      return await db.debatePost.create(args);
    } catch (error) {
      if (isForeignKeyViolation(error)) fail("notFound");
      throw error;
    }
  }
}

/** Rates another student's argument 1–5, changes the rating, or withdraws it (value null). */
export async function rateArgument(
  db: Db,
  studentId: string,
  input: { debateId: string; postId: string; value: number | null },
  now = new Date(),
) {
  const { board, seat } = await requireSeat(db, studentId, input.debateId, now);
  const post = await db.debatePost.findFirst({
    where: { id: input.postId, debateId: board.id, kind: "argument", hiddenAt: null },
    select: { id: true, authorId: true, _count: { select: { replies: true, ratings: true } } },
  });
  if (!post) fail("notFound");
  const phase = boardPhase(board, now);
  const refusal = canRate({
    phase,
    removed: Boolean(seat.removedAt),
    isOwnPost: post.authorId === studentId,
    value: input.value,
  });
  if (refusal) fail(refusal);
  const write =
    input.value === null
      ? db.debateRating.deleteMany({ where: { postId: post.id, userId: studentId } })
      : db.debateRating.upsert({
          where: { postId_userId: { postId: post.id, userId: studentId } },
          update: { value: input.value },
          create: { postId: post.id, userId: studentId, value: input.value },
        });
  if (ratingsVisible({ phase, ratingsRevealedAt: board.ratingsRevealedAt, viewerIsTeacher: false })) {
    await db.$transaction([write, db.debatePost.update({ where: { id: post.id }, data: { changeSeq: null } })]);
    await announce(db, board.id, "rating", [post.id]);
  } else {
    // Before the teacher reveals the ratings, a rating is nobody else's news: the post is not stamped, or
    // every other student's page would be sent it again and learn which argument was just rated. The
    // teacher's page hears of it, and the rater's form shows the rating from this answer. Its author's page is
    // told when the post has just become answered, or unanswered again (its first rating, or its only one
    // taken back), since they can then no longer, or again, edit or withdraw it (events.ts authorBus).
    const written = await write;
    await announce(db, board.id, "hiddenRating");
    const { replies, ratings } = post._count; // as read before this write
    const first = input.value !== null && ratings === 0;
    const lastTakenBack = input.value === null && ratings === 1 && "count" in written && written.count === 1;
    if (replies === 0 && (first || lastTakenBack)) await tellAuthor(board.id, post.authorId);
  }
  return { value: input.value };
}

/** Reports a post to the teacher (once per student and post; a second report updates the reason). */
export async function reportPost(
  db: Db,
  studentId: string,
  input: { debateId: string; postId: string; reason: string },
  now = new Date(),
) {
  const { board } = await requireSeat(db, studentId, input.debateId, now);
  const post = await db.debatePost.findFirst({
    where: { id: input.postId, debateId: board.id, authorId: { not: studentId }, kind: { not: "prompt" } },
    select: {
      id: true,
      authorId: true,
      hiddenAt: true,
      _count: { select: { replies: true, ratings: true, reports: { where: { resolvedAt: null } } } },
    },
  });
  // Only a post this student can see: not one of the opening phase's blind arguments, nor a hidden one.
  const phase = boardPhase(board, now);
  const visible =
    post &&
    canSee({
      phase,
      viewerIsAuthor: false,
      viewerIsTeacher: false,
      hidden: post.hiddenAt !== null,
    });
  if (!post || !visible) fail("notFound");
  await db.debateReport.upsert({
    where: { postId_reporterId: { postId: post.id, reporterId: studentId } },
    update: { reason: input.reason, resolvedAt: null },
    create: { postId: post.id, reporterId: studentId, reason: input.reason },
  });
  // The teacher's reports queue updates live; the event is not streamed to students (a report is private).
  // Not stamped: other students' pages would learn which post was just reported. Its author's page alone is
  // told, and only when the report takes away the withdrawal it offered (events.ts authorBus): a post
  // already answered or reported, or a board closed, offers none, and its author learns of no further report.
  await announce(db, board.id, "report");
  const { replies, ratings, reports } = post._count; // as read before this write
  if (replies + ratings === 0 && reports === 0 && phase !== "closed") await tellAuthor(board.id, post.authorId);
}
