import { z } from "zod";
import { assignableReading } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { parseRubricWording } from "@/lib/debate/rubric";
import { parseDebateDefaults } from "@/lib/debate/wording";
import { quizItemSchema } from "@/lib/quiz/items";
import { languageKey } from "@/lib/readings/reading-languages";
import { LESSON_FORMAT, LESSON_FORMAT_VERSION, type LessonFile, renameParagraphs } from "./lesson-file";

/**
 * One reading the teacher may open (theirs, shared, or the library's) as a lesson file; null for any other,
 * which the caller answers with 404. The quiz is as a new attempt would get it: each key's current revision.
 */
export async function exportLesson(db: Db, teacherId: string, readingId: string): Promise<LessonFile | null> {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...assignableReading(teacherId) },
    select: {
      title: true,
      language: true,
      author: true,
      source: true,
      publishedOn: true,
      debateDefaults: true,
      rubricLevels: true,
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, text: true, heading: true } },
      glossary: {
        orderBy: { position: "asc" },
        select: { term: true, aliases: true, explanationZhHant: true, explanationEn: true },
      },
      quizItems: {
        where: { retiredAt: null },
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { content: true },
      },
    },
  });
  if (!reading) return null;
  // Refs by position, so two exports of the same text name its paragraphs alike, whatever their ids.
  const refs = new Map(reading.paragraphs.map((p, i) => [p.id, `p${i + 1}`]));
  return {
    format: LESSON_FORMAT,
    version: LESSON_FORMAT_VERSION,
    reading: {
      title: reading.title,
      language: languageKey(reading.language),
      author: reading.author,
      source: reading.source,
      publishedOn: reading.publishedOn?.toISOString().slice(0, 10) ?? null,
      paragraphs: reading.paragraphs.map((p) => ({ ref: refs.get(p.id)!, text: p.text, heading: p.heading })),
    },
    glossary: reading.glossary.map((t) => ({
      term: t.term,
      aliases: storedAliases(t.aliases),
      zhHant: t.explanationZhHant,
      en: t.explanationEn,
    })),
    // A citation of a paragraph the reading no longer has stays as it is: importing the file then names it.
    items: reading.quizItems.map((row) =>
      renameParagraphs(quizItemSchema.parse(JSON.parse(row.content)), (id) => refs.get(id) ?? id),
    ),
    debate: parseDebateDefaults(reading.debateDefaults),
    rubric: parseRubricWording(reading.rubricLevels),
  };
}

const aliasesSchema = z.array(z.string()).catch([]);

function storedAliases(json: string): string[] {
  try {
    return aliasesSchema.parse(JSON.parse(json));
  } catch {
    return [];
  }
}
