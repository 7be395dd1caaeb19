import { type Db, isPostgres } from "@/lib/db/client";
import { rawRows } from "@/lib/db/raw-rows";
import { Prisma } from "@/lib/generated/sqlite/client";
import type { LiveBus, RESYNC } from "@/lib/live/bus";
import { liveBus } from "@/lib/live/live-bus";

/**
 * Live updates for a board. An event says only *that* something changed on a board (and what kind), never
 * the content: each client then fetches its own view, so who may see what stays decided on the server in
 * one place (an anonymous board, a hidden post, the opening phase).
 *
 * Events travel on the process's live bus (lib/live: memory, Redis or PostgreSQL, docs/decisions/0049), so a
 * post made through one server process reaches boards open on every other one.
 */
export type BoardEventKind =
  | "post"
  | "rating"
  | "hiddenRating"
  | "phase"
  | "moderation"
  | "settings"
  | "report"
  | "progress"
  | "ownPost"
  | typeof RESYNC;
/**
 * Changes only the teacher's view shows (a student's report is private; so is a rating before the teacher
 * reveals the ratings; the class's reading progress, lib/readings/progress-events.ts): not streamed to students.
 */
export const TEACHER_ONLY_EVENTS: ReadonlySet<BoardEventKind> = new Set(["report", "hiddenRating", "progress"]);
/**
 * `seq` is the board's own event number (Debate.eventSeq), counted in the database so every process agrees:
 * a browser that reconnects (to this process or another) says the last number it saw, and is told at once
 * when the board has moved past it. 0 = not counted (reading progress, a resync after a lost connection).
 */
export type BoardEvent = { debateId: string; kind: BoardEventKind; at: number; seq: number };

export interface BoardBus {
  publish(event: BoardEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(debateId: string, listener: (event: BoardEvent) => void): () => void;
  /** Open listeners in this process. */
  listenerCount(debateId: string): number;
}

/** A bus for one family of topics ("board", "progress", "author") over the process's live bus (made on first use). */
export function topicBus(prefix: string, live: () => LiveBus = liveBus): BoardBus {
  const topic = (id: string) => `${prefix}:${id}`;
  return {
    publish: ({ debateId, ...event }) => live().publish({ topic: topic(debateId), ...event }),
    subscribe: (debateId, listener) =>
      live().subscribe(topic(debateId), ({ kind, at, seq }) =>
        listener({ debateId, kind: kind as BoardEventKind, at, seq }),
      ),
    listenerCount: (debateId) => live().listenerCount(topic(debateId)),
  };
}

export const boardBus: BoardBus = topicBus("board");

/**
 * Changes one student's page alone must hear of: what they may still do with their own post ("ownPost"). A
 * rating before the teacher reveals the ratings, or a report, is nobody else's news, so it stamps no post and
 * no other student's page is told; but after a first rating its author can no longer edit or withdraw the
 * post (a rating taken back, they can again), after a report no longer withdraw it, and their page should not
 * go on offering it. Its topic is the board and the author; it is not counted (seq 0): a page that misses it
 * keeps its buttons until its next render, and the server refuses what they offer meanwhile, saying why.
 */
export const authorBus: BoardBus = topicBus("author");
export const authorTopic = (debateId: string, authorId: string) => `${debateId}:${authorId}`;

/** Tells the author's open pages of this board that what they may do with their own posts changed. */
export function tellAuthor(debateId: string, authorId: string): Promise<void> {
  return authorBus.publish({ debateId: authorTopic(debateId, authorId), kind: "ownPost", at: Date.now(), seq: 0 });
}

/**
 * Counts the change on the board and tells every process. Called after the change is stored; a failure here
 * (the database or the bus away for a moment) is logged, not thrown: the change is kept either way, and open
 * pages catch up by number when they reconnect.
 *
 * `changed`: the posts whose view the change altered, stamped with the new number in the same transaction
 * (DebatePost.changeSeq), so a page that has seen number n asks only for the posts stamped after n
 * (lib/debate/view.ts loadBoardChanges). Stamped after the change is stored and under the board's count, a
 * post is never stamped with a number a page could have read before the change. A write also marks its posts
 * unstamped (changeSeq null) with the change itself, so if this fails they are sent with every answer until
 * the board's next announcement stamps them.
 */
export async function announce(
  db: Db,
  debateId: string,
  kind: BoardEventKind,
  changed: readonly string[] = [],
): Promise<void> {
  let seq: number;
  try {
    seq =
      changed.length === 0
        ? await count(db, debateId)
        : isPostgres(db)
          ? await countAndStampInOneStatement(db, debateId, changed)
          : await countAndStamp(db, debateId, changed);
  } catch (error) {
    console.error(`[live] could not count "${kind}" on board ${debateId}:`, error);
    return;
  }
  await boardBus.publish({ debateId, kind, at: Date.now(), seq });
}

async function count(db: Pick<Db, "debate">, debateId: string): Promise<number> {
  const { eventSeq } = await db.debate.update({
    where: { id: debateId },
    data: { eventSeq: { increment: 1 } },
    select: { eventSeq: true },
  });
  return eventSeq;
}

/**
 * The board's count goes up by one and the posts `changed`, with any the board left unstamped (a write whose
 * announcement failed, a deleted student's posts: they are stored, so every page that reads this number reads
 * them), are stamped with it, in one transaction.
 */
async function countAndStamp(db: Db, debateId: string, changed: readonly string[]): Promise<number> {
  return db.$transaction(async (tx) => {
    const eventSeq = await count(tx, debateId);
    await tx.debatePost.updateMany({
      where: { debateId, OR: [{ id: { in: [...changed] } }, { changeSeq: null }] },
      data: { changeSeq: eventSeq },
    });
    return eventSeq;
  });
}

/**
 * countAndStamp on PostgreSQL, as one statement: one round trip instead of a transaction's four (BEGIN, the
 * count, the stamp, COMMIT), and the board's row, which every change of the board must lock, stays locked for
 * that statement only, not while a busy server's event loop gets round to sending the transaction's next
 * statement. The stamping sees the posts committed when the statement began; a post committed after that is
 * stamped by its own announcement, which counts after this one.
 */
async function countAndStampInOneStatement(db: Db, debateId: string, changed: readonly string[]): Promise<number> {
  const [row] = await rawRows(db)`
    WITH counted AS (
      UPDATE "Debate" SET "eventSeq" = "eventSeq" + 1 WHERE "id" = ${debateId} RETURNING "eventSeq"
    ), stamped AS (
      UPDATE "DebatePost" SET "changeSeq" = (SELECT "eventSeq" FROM counted)
      WHERE "debateId" = ${debateId} AND ("id" IN (${Prisma.join([...changed])}) OR "changeSeq" IS NULL)
    )
    SELECT "eventSeq" FROM counted`;
  if (!row) throw new Error("no such board");
  return row.eventSeq as number;
}

/** The board's latest event number: a page reads it before it reads the board, and its stream starts there. */
export async function latestEventSeq(db: Db, debateId: string): Promise<number> {
  const board = await db.debate.findUnique({ where: { id: debateId }, select: { eventSeq: true } });
  return board?.eventSeq ?? 0;
}
