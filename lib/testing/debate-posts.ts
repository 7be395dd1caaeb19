import type { Db } from "@/lib/db/client";

/**
 * Posts for the debate data-layer tests that read a board back (the teacher's report, the export), written
 * straight to the database: no phase, side or quote checks, so a test can set up any board, hidden posts
 * and sides no longer active included.
 */

export type TestPost = {
  kind?: string;
  side?: string;
  parentId?: string;
  claim?: string;
  body?: string;
  hidden?: string;
};

/**
 * A post writer for one board: each post quotes the first two characters of each paragraph given, and is
 * created a minute after the one before, so posts read back in the order written. `hidden` is the reason.
 */
export function debatePostWriter(db: Db, debateId: string) {
  let minute = 0;
  return async function post(authorId: string, data: TestPost, paragraphs: string[] = []) {
    const parent = data.parentId ? await db.debatePost.findUniqueOrThrow({ where: { id: data.parentId } }) : null;
    const texts = await db.readingParagraph.findMany({ where: { id: { in: paragraphs } } });
    return db.debatePost.create({
      data: {
        debateId,
        authorId,
        kind: data.kind ?? "argument",
        side: data.side ?? null,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        claim: data.claim ?? "",
        body: data.body ?? "內容",
        createdAt: new Date(Date.UTC(2025, 8, 1, 8, minute++)),
        hiddenAt: data.hidden !== undefined ? new Date() : null,
        hiddenReason: data.hidden ?? null,
        quotes: {
          create: paragraphs.map((id) => ({
            paragraphId: id,
            start: 0,
            end: 2,
            quote: texts.find((p) => p.id === id)!.text.slice(0, 2),
          })),
        },
      },
    });
  };
}
