import { assignableReading, ownReading } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { serialiseDebateDefaults } from "@/lib/debate/wording";
import { fail } from "@/lib/errors";
import type { CreateReadingInput, ReadingDebateInput, ShareReadingInput } from "./authoring-schema";
import { detectLanguage } from "./language";

/**
 * Teachers' own readings: made from text they paste, theirs alone until they share them with the school.
 * Every query names the teacher: another teacher's private reading is simply not found.
 */

/** Saves a new reading, its paragraphs in order, in one statement; private to its teacher. */
export async function createReading(db: Db, teacherId: string, input: CreateReadingInput) {
  const language =
    input.language === "auto" ? detectLanguage(input.text.map((p) => p.text).join("\n")) : input.language;
  return db.reading.create({
    data: {
      title: input.title,
      author: input.author,
      source: input.source,
      publishedOn: input.publishedOn,
      language,
      createdById: teacherId,
      paragraphs: { create: input.text.map((p, i) => ({ position: i + 1, text: p.text, heading: p.heading })) },
    },
    select: { id: true },
  });
}

/** Shares one of the teacher's own readings (all its revisions) with every teacher on the server, or takes it back. */
export async function shareReading(db: Db, teacherId: string, input: ShareReadingInput) {
  const reading = await db.reading.findFirst({
    where: { id: input.readingId, ...ownReading(teacherId) },
    select: { id: true, firstRevisionId: true },
  });
  if (!reading) fail("notFound");
  // Every revision together: a teacher who takes the reading back takes back its earlier revisions too.
  const first = reading.firstRevisionId ?? reading.id;
  await db.reading.updateMany({
    where: { OR: [{ id: first }, { firstRevisionId: first }], ...ownReading(teacherId) },
    data: { shared: input.shared },
  });
}

/**
 * The debate one of the teacher's own readings proposes. Boards of its assignments show it at once unless
 * their teacher worded their own (lib/debate/wording.ts): the reading's words are a default, not a copy.
 */
export async function saveReadingDebate(db: Db, teacherId: string, input: ReadingDebateInput) {
  const { count } = await db.reading.updateMany({
    where: { id: input.readingId, ...ownReading(teacherId) },
    data: { debateDefaults: serialiseDebateDefaults(input.defaults) },
  });
  if (count === 0) fail("notFound");
}

/** The readings a teacher can open and assign: theirs first, then the school's, newest first. */
export async function listLibrary(db: Db, teacherId: string) {
  const readings = await db.reading.findMany({
    where: { ...assignableReading(teacherId), supersededAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      author: true,
      language: true,
      shared: true,
      revision: true,
      createdAt: true,
      createdById: true,
      createdBy: { select: { displayName: true } },
      _count: { select: { paragraphs: true, assignments: true } },
    },
  });
  const mine = readings.filter((r) => r.createdById === teacherId);
  const school = readings.filter((r) => r.createdById !== teacherId);
  return { mine, school };
}

/** One reading the teacher may open (theirs, the library's or shared), with its paragraphs; null otherwise. */
export function findLibraryReading(db: Db, teacherId: string, readingId: string) {
  return db.reading.findFirst({
    where: { id: readingId, ...assignableReading(teacherId) },
    include: {
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, heading: true } },
      glossary: {
        orderBy: { position: "asc" },
        select: { id: true, term: true, aliases: true, explanationZhHant: true, explanationEn: true },
      },
      createdBy: { select: { displayName: true } },
      _count: { select: { assignments: true, glossary: true, quizItems: { where: { retiredAt: null } } } },
    },
  });
}

/** One of the teacher's own readings to edit: the newest revision only (an earlier one is frozen); null otherwise. */
export function findOwnReadingToEdit(db: Db, teacherId: string, readingId: string) {
  return db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId), supersededAt: null },
    include: {
      paragraphs: { orderBy: { position: "asc" }, select: { text: true, heading: true } },
      _count: { select: { assignments: true } },
    },
  });
}
