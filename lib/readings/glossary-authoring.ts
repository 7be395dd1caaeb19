import { ownReading } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import type { RemoveTermInput, TermInput, UpdateTermInput } from "./glossary-schema";
import { forgetReaderView } from "./reader-view";
import { toSimplified } from "./script";

/**
 * A teacher's glossary for one of their own readings. Terms are marked wherever they occur in the text
 * (lib/readings/segments.ts), so a term must occur in it: as typed, as one of its other spellings, or in
 * Simplified (a Traditional term typed for a Simplified text). The spellings found become the term's
 * aliases, and the reader then marks them in both scripts. Every query names the teacher; the reader's
 * cached view of the reading is dropped after a change, so students see it on their next page.
 */
export async function addTerm(db: Db, teacherId: string, input: TermInput) {
  const reading = await requireOwnReadingText(db, teacherId, input.readingId);
  const aliases = spellingsInText(input.term, input.aliases, reading.text);
  const last = await db.glossaryTerm.aggregate({ where: { readingId: reading.id }, _max: { position: true } });
  await uniqueTerm(() =>
    db.glossaryTerm.create({
      data: {
        readingId: reading.id,
        position: (last._max.position ?? 0) + 1,
        term: input.term,
        aliases: JSON.stringify(aliases),
        explanationZhHant: input.explanationZhHant,
        explanationEn: input.explanationEn,
      },
    }),
  );
  forgetReaderView(reading.id);
}

export async function updateTerm(db: Db, teacherId: string, input: UpdateTermInput) {
  const reading = await requireOwnReadingText(db, teacherId, input.readingId);
  const aliases = spellingsInText(input.term, input.aliases, reading.text);
  const { count } = await uniqueTerm(() =>
    db.glossaryTerm.updateMany({
      where: { id: input.termId, readingId: reading.id },
      data: {
        term: input.term,
        aliases: JSON.stringify(aliases),
        explanationZhHant: input.explanationZhHant,
        explanationEn: input.explanationEn,
      },
    }),
  );
  if (count === 0) fail("notFound");
  forgetReaderView(reading.id);
}

export async function removeTerm(db: Db, teacherId: string, input: RemoveTermInput) {
  const { count } = await db.glossaryTerm.deleteMany({
    where: { id: input.termId, reading: { id: input.readingId, ...ownReading(teacherId) } },
  });
  if (count === 0) fail("notFound");
  forgetReaderView(input.readingId);
}

async function requireOwnReadingText(db: Db, teacherId: string, readingId: string) {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId) },
    select: { id: true, paragraphs: { select: { text: true } } },
  });
  if (!reading) fail("notFound");
  return { id: reading.id, text: reading.paragraphs.map((p) => p.text).join("\n") };
}

/**
 * The term's other spellings that occur in the text: those the teacher typed, and the Simplified form of
 * each. Refused when neither the term nor any of them occurs: a term the reader can never mark would only
 * puzzle the teacher later.
 */
export function spellingsInText(term: string, aliases: readonly string[], text: string): string[] {
  const candidates = [...new Set([term, ...aliases].flatMap((s) => [s, toSimplified(s)]))];
  const found = candidates.filter((s) => text.includes(s));
  if (found.length === 0) fail("termNotInText", "term");
  return found.filter((s) => s !== term);
}

async function uniqueTerm<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) fail("termDuplicate", "term");
    throw error;
  }
}
