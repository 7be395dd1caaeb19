import { z } from "zod";
import { hasOpened, studentAssignmentSql } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";
import { Prisma } from "@/lib/generated/sqlite/client";

// The reads behind a student's board changes (lib/debate/view.ts loadBoardChanges), as SQL statements rather
// than Prisma model queries, for the reason of decision 0017: each of a class's open boards asks once a second
// while the board is busy, and each model query costs more in Prisma's query compiler than the statement costs
// the database. They run on the database adapter directly (rawRows, decision 0057), their parameters bound as
// Prisma's tagged template binds them; each row is checked with zod.

const date = z.date();
const count = z.coerce.number();

const boardRow = z.object({
  id: z.string(),
  eventSeq: count,
  phase: z.string(),
  phaseSetAt: date.nullable(),
  rebuttalAt: date.nullable(),
  closesAt: date.nullable(),
  ratingsRevealedAt: date.nullable(),
  anonymous: z.boolean(),
  opensAt: date,
  seatId: z.string().nullable(),
  removedAt: date.nullable(),
  stanceBefore: count.nullable(),
  posts: count,
  myPosts: count,
});

/**
 * The board of an assignment this student may open now (as lib/debate/board.ts findStudentBoard decides:
 * enrolled in its class, not archived, debate switched on, opened), with their seat (if taken) and how many
 * posts it has, all and theirs (prompts not counted), or null.
 */
export async function readStudentBoardHead(db: Db, studentId: string, assignmentId: string, now: Date) {
  const rows = await rawRows(db)`
    SELECT d."id", d."eventSeq", d."phase", d."phaseSetAt", d."rebuttalAt", d."closesAt", d."ratingsRevealedAt",
           d."anonymous", a."opensAt", s."id" AS "seatId", s."removedAt", s."stanceBefore",
           (SELECT COUNT(*) FROM "DebatePost" c WHERE c."debateId" = d."id" AND c."kind" <> 'prompt') AS "posts",
           (SELECT COUNT(*) FROM "DebatePost" c
             WHERE c."debateId" = d."id" AND c."kind" <> 'prompt' AND c."authorId" = ${studentId}) AS "myPosts"
    FROM "Debate" d
    JOIN "Assignment" a ON a."id" = d."assignmentId"
    LEFT JOIN "DebateParticipant" s ON s."debateId" = d."id" AND s."userId" = ${studentId}
    WHERE a."id" = ${assignmentId} AND a."debateEnabled" = ${true} AND ${studentAssignmentSql(studentId)}`;
  if (rows.length === 0) return null;
  const row = boardRow.parse(rows[0]);
  return hasOpened(row, now) ? row : null;
}

const postRow = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  depth: count,
  kind: z.string(),
  side: z.string().nullable(),
  claim: z.string(),
  body: z.string(),
  sourceTitle: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  hiddenAt: date.nullable(),
  hiddenReason: z.string().nullable(),
  pinned: z.boolean(),
  locked: z.boolean(),
  createdAt: date,
  editedAt: date.nullable(),
  authorDeleted: z.boolean(),
  authorId: z.string(),
  displayName: z.string(),
  replies: count,
  reports: count,
  boardPosts: count,
  studentPosts: count,
});
const quoteRow = z.object({
  postId: z.string(),
  paragraphId: z.string(),
  start: count,
  end: count,
  quote: z.string(),
  position: count,
});
const ratingRow = z.object({ postId: z.string(), userId: z.string(), value: count });

/**
 * The board's posts (not prompts) stamped after `since` or not stamped yet, oldest first, in the shape of the
 * whole view's model query (lib/debate/view.ts PostRecord): author, quotes with their paragraph's position,
 * ratings, and the counts of replies and open reports. With them, when there are any, the board's post counts
 * (all, and this student's) read by the same statement, so they agree with the posts sent.
 */
export async function readChangedPosts(db: Db, debateId: string, studentId: string, since: number) {
  // Two ranges of the (debateId, changeSeq) index: written as one OR, the databases read every post of the board.
  const changed = Prisma.sql`p."kind" <> 'prompt' AND p."id" IN (
    SELECT "id" FROM "DebatePost" WHERE "debateId" = ${debateId} AND "changeSeq" > ${since}
    UNION ALL SELECT "id" FROM "DebatePost" WHERE "debateId" = ${debateId} AND "changeSeq" IS NULL)`;
  const [posts, quotes, ratings] = await Promise.all([
    rawRows(db)`
      SELECT p."id", p."parentId", p."depth", p."kind", p."side", p."claim", p."body", p."sourceTitle", p."sourceUrl",
             p."hiddenAt", p."hiddenReason", p."pinned", p."locked", p."createdAt", p."editedAt", p."authorDeleted",
             p."authorId", u."displayName",
             (SELECT COUNT(*) FROM "DebatePost" r WHERE r."parentId" = p."id") AS "replies",
             (SELECT COUNT(*) FROM "DebateReport" x WHERE x."postId" = p."id" AND x."resolvedAt" IS NULL) AS "reports",
             (SELECT COUNT(*) FROM "DebatePost" c WHERE c."debateId" = ${debateId} AND c."kind" <> 'prompt') AS "boardPosts",
             (SELECT COUNT(*) FROM "DebatePost" c
               WHERE c."debateId" = ${debateId} AND c."kind" <> 'prompt' AND c."authorId" = ${studentId}) AS "studentPosts"
      FROM "DebatePost" p JOIN "User" u ON u."id" = p."authorId"
      WHERE ${changed}
      ORDER BY p."createdAt", p."id"`,
    rawRows(db)`
      SELECT q."postId", q."paragraphId", q."start", q."end", q."quote", rp."position"
      FROM "DebateQuote" q
      JOIN "DebatePost" p ON p."id" = q."postId"
      JOIN "ReadingParagraph" rp ON rp."id" = q."paragraphId"
      WHERE ${changed}
      ORDER BY q."start"`,
    rawRows(db)`
      SELECT r."postId", r."userId", r."value"
      FROM "DebateRating" r JOIN "DebatePost" p ON p."id" = r."postId"
      WHERE ${changed}`,
  ]);
  const quotesOf = groupBy(quotes.map((q) => quoteRow.parse(q)));
  const ratingsOf = groupBy(ratings.map((r) => ratingRow.parse(r)));
  const rows = posts.map((raw) => postRow.parse(raw));
  const counts = rows[0] && { posts: rows[0].boardPosts, myPosts: rows[0].studentPosts };
  const records = rows.map(({ displayName, replies, reports, boardPosts: _, studentPosts: __, ...post }) => {
    return {
      ...post,
      author: { displayName },
      quotes: (quotesOf.get(post.id) ?? []).map(({ position, ...q }) => ({ ...q, paragraph: { position } })),
      ratings: (ratingsOf.get(post.id) ?? []).map(({ userId, value }) => ({ userId, value })),
      _count: { replies, reports },
    };
  });
  return { records, counts };
}

/** Pseudonym seats of the board: user id → index. */
export async function readSeatIndexes(db: Db, debateId: string) {
  const rows = await rawRows(db)`
    SELECT "userId", "pseudonymIndex" FROM "DebateParticipant" WHERE "debateId" = ${debateId}`;
  return rows.map((r) => z.object({ userId: z.string(), pseudonymIndex: count }).parse(r));
}

/** The ids of the board's prompts, oldest first. */
export async function readPromptIds(db: Db, debateId: string) {
  const rows = await rawRows(db)`
    SELECT "id" FROM "DebatePost" WHERE "debateId" = ${debateId} AND "kind" = 'prompt' ORDER BY "createdAt", "id"`;
  return rows.map((r) => z.object({ id: z.string() }).parse(r).id);
}

function groupBy<T extends { postId: string }>(rows: T[]): Map<string, Omit<T, "postId">[]> {
  const groups = new Map<string, Omit<T, "postId">[]>();
  for (const { postId, ...rest } of rows) {
    const group = groups.get(postId);
    if (group) group.push(rest);
    else groups.set(postId, [rest]);
  }
  return groups;
}
