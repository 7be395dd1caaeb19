import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { serialiseRubricWording } from "@/lib/debate/rubric";
import { serialiseDebateDefaults } from "@/lib/debate/wording";
import type { QuizItem } from "@/lib/quiz/items";
import { type LessonFile, lessonProblems, renameParagraphs } from "./lesson-file";

/** Where a lesson is written: its reading's id, its owner (null: the library's), and each paragraph's id. */
export type LessonTarget = {
  readingId: string;
  ownerId: string | null;
  paragraphId: (position: number) => string;
};

/**
 * A checked lesson (parseLessonFile) as a new reading of the teacher's, private to them like one they pasted
 * (lib/readings/authoring.ts). Everything is written in one transaction, so a failure leaves nothing behind.
 * The ids are made here, because the items must name their paragraphs' ids in the same batch.
 */
export async function importLesson(db: Db, teacherId: string, lesson: LessonFile): Promise<{ readingId: string }> {
  const records = lessonRecords(lesson, {
    readingId: randomUUID(),
    ownerId: teacherId,
    paragraphId: () => randomUUID(),
  });
  const readingId = records.reading.id;
  await db.$transaction([
    db.reading.create({
      data: { ...records.reading, paragraphs: { createMany: { data: records.paragraphs } } },
      select: { id: true },
    }),
    db.glossaryTerm.createMany({ data: records.glossary.map((term) => ({ readingId, ...term })) }),
    db.quizItem.createMany({ data: records.items.map((item, i) => ({ readingId, ...newItemRow(item, i + 1) })) }),
  ]);
  return { readingId };
}

/**
 * The rows a lesson becomes, for the importer and the library seed alike: its paragraphs under the target's
 * ids, and its items citing those ids. A lesson that does not hold together is a programming error here:
 * files are checked by parseLessonFile before they get this far.
 */
export function lessonRecords(lesson: LessonFile, target: LessonTarget) {
  const problems = lessonProblems(lesson);
  if (problems.length)
    throw new Error(`Lesson not checked before writing: ${problems.map((p) => `${p.path} ${p.key}`).join(", ")}`);
  const { reading } = lesson;
  const ids = new Map(reading.paragraphs.map((p, i) => [p.ref, target.paragraphId(i + 1)]));
  return {
    reading: {
      id: target.readingId,
      title: reading.title,
      language: reading.language,
      author: reading.author,
      source: reading.source,
      publishedOn: reading.publishedOn ? new Date(`${reading.publishedOn}T00:00:00Z`) : null,
      createdById: target.ownerId,
      debateDefaults: serialiseDebateDefaults(lesson.debate),
      rubricLevels: serialiseRubricWording(lesson.rubric),
    },
    paragraphs: reading.paragraphs.map((p, i) => ({
      id: ids.get(p.ref)!,
      position: i + 1,
      text: p.text,
      heading: p.heading,
    })),
    glossary: lesson.glossary.map((t, i) => ({
      position: i + 1,
      term: t.term,
      aliases: JSON.stringify(t.aliases),
      explanationZhHant: t.zhHant,
      explanationEn: t.en,
    })),
    items: lesson.items.map((item) => renameParagraphs(item, (ref) => ids.get(ref)!)),
  };
}

/** An item of a new reading: its first revision, in the quiz from the start (decision 0023). */
function newItemRow(item: QuizItem, position: number) {
  return { key: item.key, revision: 1, position, type: item.type, content: JSON.stringify(item) };
}
