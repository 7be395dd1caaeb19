import { activeTeacherAssignment, assignableReading, ownReading } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { forgetItemBank } from "@/lib/quiz/item-bank";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import type { CreateReadingInput } from "./authoring-schema";
import { detectLanguage } from "./language";
import { forgetReaderView } from "./reader-view";

/**
 * Editing a teacher's own reading (decision 0039). Until it is assigned, the text is edited in place. Once it
 * is, the text is frozen: a save makes the next revision, a new Reading row with the new text and a copy of the
 * glossary, the current quiz items (their cited paragraphs carried over) and the debate wording; existing
 * assignments keep the revision they were made on, so highlights, debate quotes and answers stay on the words
 * they were made on. The library lists the newest revision only; new assignments use it.
 */

export type UpdateReadingInput = CreateReadingInput & { readingId: string; version: number };

type Paragraph = { id: string; position: number; text: string };

/**
 * Where each old paragraph went in a new text: to a paragraph with the same words if one is still unclaimed,
 * else to the paragraph now at its position (a corrected typo keeps its citations), else nowhere.
 */
export function carryParagraphs(before: Paragraph[], after: Paragraph[]): Map<string, string> {
  const moved = new Map<string, string>();
  const claimed = new Set<string>();
  for (const old of before) {
    const same = after.find((p) => p.text === old.text && !claimed.has(p.id));
    if (same) {
      moved.set(old.id, same.id);
      claimed.add(same.id);
    }
  }
  for (const old of before) {
    if (moved.has(old.id)) continue;
    const there = after.find((p) => p.position === old.position && !claimed.has(p.id));
    if (there) {
      moved.set(old.id, there.id);
      claimed.add(there.id);
    }
  }
  return moved;
}

/** The item with its paragraph ids carried over; null when a find-the-paragraph item loses every right answer. */
function carryItem(item: QuizItem, moved: Map<string, string>): QuizItem | null {
  const carry = (ids: string[]) => ids.flatMap((id) => moved.get(id) ?? []);
  const next = { ...item, paragraphs: carry(item.paragraphs) };
  if (next.type === "paragraph") {
    next.answer = carry(next.answer);
    if (next.answer.length === 0) return null;
  }
  return quizItemSchema.parse(next);
}

/** Saves the teacher's edit of their reading: in place while unassigned, else as its next revision. */
export async function updateReading(db: Db, teacherId: string, input: UpdateReadingInput, now = new Date()) {
  const reading = await db.reading.findFirst({
    where: { id: input.readingId, ...ownReading(teacherId) },
    include: {
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } },
      _count: { select: { assignments: true } },
    },
  });
  if (!reading) fail("notFound");
  if (reading.supersededAt || reading.version !== input.version) fail("readingChanged");
  const language =
    input.language === "auto" ? detectLanguage(input.text.map((p) => p.text).join("\n")) : input.language;
  const details = {
    title: input.title,
    author: input.author,
    source: input.source,
    publishedOn: input.publishedOn,
    language,
  };
  const result =
    reading._count.assignments === 0
      ? await editInPlace(db, reading, input, details)
      : await saveNextRevision(db, reading, input, details, now);
  forgetReaderView(reading.id);
  forgetItemBank(db, reading.id);
  return result;
}

type Details = Pick<CreateReadingInput, "title" | "author" | "source" | "publishedOn"> & { language: string };
type Found = { id: string; version: number; paragraphs: Paragraph[] };

/**
 * Unassigned: paragraphs are rewritten position by position (ids kept where a position remains), and the quiz
 * items' cited paragraphs follow their words (carryParagraphs), all in one transaction. Refused if the reading
 * was assigned meanwhile: the text of an assigned reading is never changed in place.
 */
async function editInPlace(db: Db, reading: Found, input: UpdateReadingInput, details: Details) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.reading.updateMany({
      where: { id: reading.id, version: reading.version, supersededAt: null, assignments: { none: {} } },
      data: { ...details, version: { increment: 1 } },
    });
    if (count === 0) fail("readingChanged");
    await tx.readingParagraph.deleteMany({ where: { readingId: reading.id, position: { gt: input.text.length } } });
    for (const [i, p] of input.text.entries()) {
      await tx.readingParagraph.upsert({
        where: { readingId_position: { readingId: reading.id, position: i + 1 } },
        update: { text: p.text, heading: p.heading },
        create: { readingId: reading.id, position: i + 1, text: p.text, heading: p.heading },
      });
    }
    const after = await tx.readingParagraph.findMany({
      where: { readingId: reading.id },
      select: { id: true, position: true, text: true },
    });
    const moved = carryParagraphs(reading.paragraphs, after);
    const items = await tx.quizItem.findMany({ where: { readingId: reading.id, retiredAt: null } });
    for (const row of items) {
      // An item whose right paragraphs are all gone keeps them: its editor then asks the teacher to choose again.
      const item = carryItem(quizItemSchema.parse(JSON.parse(row.content)), moved);
      if (item) await tx.quizItem.update({ where: { id: row.id }, data: { content: JSON.stringify(item) } });
    }
  });
  return { readingId: reading.id, revised: false };
}

/** Assigned: a new Reading row carries the lesson forward; this one is kept, frozen, for its assignments. */
async function saveNextRevision(db: Db, reading: Found, input: UpdateReadingInput, details: Details, now: Date) {
  const readingId = await db.$transaction(async (tx) => {
    const { count } = await tx.reading.updateMany({
      where: { id: reading.id, version: reading.version, supersededAt: null },
      data: { supersededAt: now },
    });
    if (count === 0) fail("readingChanged");
    // Read after the claim, in the same transaction: an item or term saved meanwhile comes along.
    const old = await tx.reading.findUniqueOrThrow({
      where: { id: reading.id },
      include: {
        glossary: { orderBy: { position: "asc" } },
        quizItems: { where: { retiredAt: null }, orderBy: { position: "asc" } },
      },
    });
    const next = await tx.reading.create({
      data: {
        ...details,
        createdById: old.createdById,
        shared: old.shared,
        debateDefaults: old.debateDefaults,
        rubricLevels: old.rubricLevels,
        revision: old.revision + 1,
        firstRevisionId: old.firstRevisionId ?? old.id,
        paragraphs: {
          create: input.text.map((p, i) => ({ position: i + 1, text: p.text, heading: p.heading })),
        },
      },
      include: { paragraphs: { select: { id: true, position: true, text: true } } },
    });
    const moved = carryParagraphs(reading.paragraphs, next.paragraphs);
    if (old.glossary.length)
      await tx.glossaryTerm.createMany({
        data: old.glossary.map(({ id: _, readingId: __, ...term }) => ({ ...term, readingId: next.id })),
      });
    const items = old.quizItems.flatMap((row) => {
      const item = carryItem(quizItemSchema.parse(JSON.parse(row.content)), moved);
      return item ? [{ key: row.key, position: row.position, type: row.type, content: JSON.stringify(item) }] : [];
    });
    if (items.length)
      await tx.quizItem.createMany({ data: items.map((i) => ({ ...i, readingId: next.id, revision: 1 })) });
    return next.id;
  });
  return { readingId, revised: true };
}

/**
 * The newest revision of the reading this one is a revision of (itself when it is the newest), if this teacher
 * may open and assign it: a revision its owner has taken back from the school is not found.
 */
export async function newestRevision(
  db: Db,
  teacherId: string,
  reading: { id: string; firstRevisionId: string | null },
) {
  const first = reading.firstRevisionId ?? reading.id;
  return db.reading.findFirst({
    where: {
      AND: [{ OR: [{ id: first }, { firstRevisionId: first }] }, assignableReading(teacherId)],
      supersededAt: null,
    },
    select: { id: true, revision: true },
  });
}

/**
 * Moves a teacher's assignment (in a class they still teach) that no student has worked on yet (as
 * lib/assignments/student-work.ts counts it) to the newest revision of its reading. "No work" is part of the update's own condition, so a student who starts meanwhile
 * either finds the new revision or keeps the assignment where it is.
 */
export async function moveToNewestRevision(db: Db, teacherId: string, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...activeTeacherAssignment(teacherId) },
    select: { id: true, reading: { select: { id: true, firstRevisionId: true } } },
  });
  if (!assignment) fail("notFound");
  const newest = await newestRevision(db, teacherId, assignment.reading);
  if (!newest || newest.id === assignment.reading.id) return;
  const { count } = await db.assignment.updateMany({
    where: {
      id: assignment.id,
      readingId: assignment.reading.id,
      progress: { none: {} },
      highlights: { none: {} },
      OR: [{ quiz: { is: null } }, { quiz: { attempts: { none: {} } } }],
      // As countStudentWork counts it: the teacher's own prompts on the board are not student work.
      AND: [{ OR: [{ debate: { is: null } }, { debate: { posts: { none: { kind: { not: "prompt" } } } } }] }],
    },
    data: { readingId: newest.id },
  });
  if (count === 0) fail("assignmentHasWork");
}
