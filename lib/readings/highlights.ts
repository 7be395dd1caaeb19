import { studentAssignment } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { createOnce } from "@/lib/idempotency";
import { checkQuote } from "./quote-check";
import type { Script } from "./script";
import { findReadableAssignment } from "./student-access";

export const MAX_HIGHLIGHTS_PER_ASSIGNMENT = 500;

type NewHighlight = {
  assignmentId: string;
  paragraphId: string;
  start: number;
  end: number;
  text: string;
  script: Script;
  note: string;
  clientKey?: string;
};

/**
 * Saves a highlight after checking it against the original: the paragraph must belong to the assignment's
 * reading, and the range must hold exactly the text the student selected (in the script they saw).
 */
export async function saveHighlight(db: Db, studentId: string, input: NewHighlight) {
  const assignment = await findReadableAssignment(db, studentId, input.assignmentId);
  if (!assignment) fail("notFound");
  // A resend of a highlight that was saved (its reply lost) gets the first one back (lib/idempotency.ts).
  const sentBefore = (clientKey: string) =>
    db.highlight.findFirst({
      where: { userId: studentId, clientKey, assignmentId: assignment.id },
      select: { id: true },
    });
  const earlier = input.clientKey ? await sentBefore(input.clientKey) : null;
  if (earlier) return earlier;
  const paragraph = await db.readingParagraph.findFirst({
    where: { id: input.paragraphId, readingId: assignment.readingId },
    select: {
      id: true,
      text: true,
      reading: { select: { language: true, glossary: { select: { term: true, aliases: true } } } },
    },
  });
  if (!paragraph) fail("highlightMismatch");
  const quote = checkQuote(paragraph.text, paragraph.reading, input);
  if (quote === null) fail("highlightMismatch");
  const mine = await db.highlight.count({ where: { assignmentId: assignment.id, userId: studentId } });
  if (mine >= MAX_HIGHLIGHTS_PER_ASSIGNMENT) fail("tooManyHighlights");
  const { row } = await createOnce(input.clientKey, sentBefore, () =>
    db.highlight.create({
      data: {
        assignmentId: assignment.id,
        userId: studentId,
        paragraphId: paragraph.id,
        start: input.start,
        end: input.end,
        quote,
        note: input.note,
        clientKey: input.clientKey,
      },
      select: { id: true },
    }),
  );
  return row;
}

// Edits and deletes need the same access as reading: a student removed from the class, or whose class is
// archived, can no longer change what they wrote there.

export async function updateHighlightNote(db: Db, studentId: string, input: { highlightId: string; note: string }) {
  const updated = await db.highlight.updateMany({
    where: { id: input.highlightId, userId: studentId, assignment: studentAssignment(studentId) },
    data: { note: input.note },
  });
  if (updated.count === 0) fail("notFound");
}

export async function deleteHighlight(db: Db, studentId: string, highlightId: string) {
  const deleted = await db.highlight.deleteMany({
    where: { id: highlightId, userId: studentId, assignment: studentAssignment(studentId) },
  });
  if (deleted.count === 0) fail("notFound");
}

/** The student's own highlights on one assignment, in reading order. */
export function listMyHighlights(db: Db, studentId: string, assignmentId: string) {
  return db.highlight.findMany({
    where: { assignmentId, userId: studentId },
    orderBy: [{ paragraph: { position: "asc" } }, { start: "asc" }],
    select: {
      id: true,
      paragraphId: true,
      start: true,
      end: true,
      quote: true,
      note: true,
      paragraph: { select: { position: true } },
    },
  });
}
