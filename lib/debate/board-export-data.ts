import { teacherAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { evidenceSide } from "./evidence-side";
import type { BoardExport, ExportPost, PostKind } from "./export";
import { activeSides, SIDES, sideOf } from "./sides";

/**
 * The whole board for export (CSV, Markdown), hidden posts included and marked, or null unless the
 * assignment is in a class this teacher owns (scoped in the query). Real names always. A reply's side
 * follows evidenceSide (its author's side), as on the report's evidence map. Sides listed: the board's
 * active sides, plus any other side an argument was written for. Turning this into a file is export.ts.
 */
export async function loadBoardExport(db: Db, teacherId: string, assignmentId: string): Promise<BoardExport | null> {
  const board = await db.debate.findFirst({
    where: { assignment: { id: assignmentId, ...teacherAssignment(teacherId) } },
    select: {
      motion: true,
      sideLabels: true,
      thirdSideEnabled: true,
      assignment: { select: { title: true, reading: { select: { debateDefaults: true } } } },
      participants: { select: { userId: true, side: true } },
      posts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          parentId: true,
          depth: true,
          kind: true,
          side: true,
          claim: true,
          body: true,
          authorId: true,
          author: { select: { displayName: true } },
          createdAt: true,
          hiddenAt: true,
          hiddenReason: true,
          pinned: true,
          locked: true,
          quotes: { select: { quote: true, start: true, paragraph: { select: { position: true } } } },
          ratings: { select: { value: true } },
        },
      },
    },
  });
  if (!board) return null;
  const sideOfAuthor = new Map(board.participants.map((p) => [p.userId, sideOf(p.side)]));
  const posts: ExportPost[] = board.posts.map((p) => ({
    id: p.id,
    parentId: p.parentId,
    depth: p.depth,
    // Written only by posts.ts, from zod-checked input.
    kind: p.kind as PostKind,
    side: evidenceSide(p, sideOfAuthor.get(p.authorId) ?? null),
    claim: p.claim,
    body: p.body,
    author: p.author.displayName,
    createdAt: p.createdAt,
    hidden: p.hiddenAt !== null,
    hiddenReason: p.hiddenAt !== null ? (p.hiddenReason ?? "") : null,
    pinned: p.pinned,
    locked: p.locked,
    quotes: [...p.quotes]
      .sort((a, b) => a.paragraph.position - b.paragraph.position || a.start - b.start)
      .map((q) => ({ position: q.paragraph.position, quote: q.quote })),
    ratings: p.ratings.map((r) => r.value),
  }));
  const used = new Set(posts.filter((p) => p.kind === "argument").map((p) => p.side));
  const active = activeSides(board.thirdSideEnabled);
  return {
    title: board.assignment.title,
    motion: board.motion,
    wording: {
      motion: board.motion,
      sideLabels: board.sideLabels,
      readingDefaults: board.assignment.reading.debateDefaults,
    },
    sides: SIDES.filter((s) => active.includes(s) || used.has(s)),
    posts,
  };
}
