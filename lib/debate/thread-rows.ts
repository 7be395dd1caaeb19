import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";

// The read a reply starts with (lib/debate/posts.ts postReply): the post it answers and the posts above it, up
// to the argument at the top of the thread, as one SQL statement on the database adapter (rawRows, decision
// 0057) instead of Prisma's one model query a step (up to four), for the reason of decision 0017. Replies nest
// at most three levels (lib/debate/phases.ts canReply), so three joins reach the argument from any post.

const date = z.date();
const count = z.coerce.number();

const postRow = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  depth: count,
  side: z.string().nullable(),
  locked: z.boolean(),
  hiddenAt: date.nullable(),
  authorId: z.string(),
});
/** A post above it (all null past the top, or where a post above is missing). */
const ancestorRow = z.object({
  id: z.string().nullable(),
  parentId: z.string().nullable(),
  side: z.string().nullable(),
  locked: z.boolean().nullable(),
});

export type Thread = {
  /** The post answered. */
  parent: { id: string; depth: number; side: string | null; hiddenAt: Date | null; authorId: string };
  /** The argument at the top of its thread (the parent itself when it is one). */
  argument: { id: string; side: string | null };
  /** Locked anywhere from the parent up. */
  locked: boolean;
};

/** The post `postId` of this board and its thread, or null when it, or a post above it, is not on the board. */
export async function readThread(db: Db, debateId: string, postId: string): Promise<Thread | null> {
  const rows = await rawRows(db)`
    SELECT p."id", p."parentId", p."depth", p."side", p."locked", p."hiddenAt", p."authorId",
           a1."id" AS "a1Id", a1."parentId" AS "a1ParentId", a1."side" AS "a1Side", a1."locked" AS "a1Locked",
           a2."id" AS "a2Id", a2."parentId" AS "a2ParentId", a2."side" AS "a2Side", a2."locked" AS "a2Locked",
           a3."id" AS "a3Id", a3."parentId" AS "a3ParentId", a3."side" AS "a3Side", a3."locked" AS "a3Locked"
    FROM "DebatePost" p
    LEFT JOIN "DebatePost" a1 ON a1."id" = p."parentId" AND a1."debateId" = p."debateId"
    LEFT JOIN "DebatePost" a2 ON a2."id" = a1."parentId" AND a2."debateId" = p."debateId"
    LEFT JOIN "DebatePost" a3 ON a3."id" = a2."parentId" AND a3."debateId" = p."debateId"
    WHERE p."id" = ${postId} AND p."debateId" = ${debateId}`;
  const [raw] = rows;
  if (!raw) return null;
  const row = postRow.parse(raw);
  const above = [1, 2, 3].map((n) =>
    ancestorRow.parse({
      id: raw[`a${n}Id`],
      parentId: raw[`a${n}ParentId`],
      side: raw[`a${n}Side`],
      locked: raw[`a${n}Locked`],
    }),
  );
  let top: z.infer<typeof ancestorRow> = row;
  let locked = row.locked;
  for (const post of above) {
    if (!top.parentId) break;
    if (!post.id) return null; // a post above it is not on the board
    top = post;
    locked ||= post.locked === true;
  }
  if (top.parentId || !top.id) return null; // deeper than replies nest
  const { id, depth, side, hiddenAt, authorId } = row;
  return { parent: { id, depth, side, hiddenAt, authorId }, argument: { id: top.id, side: top.side }, locked };
}
