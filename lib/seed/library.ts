import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { lessonRecords } from "@/lib/lessons/import-lesson";
import { LESSON_FORMAT, LESSON_FORMAT_VERSION, type LessonFile, parseLessonFile } from "@/lib/lessons/lesson-file";
import { forgetItemBank, quizBegun } from "@/lib/quiz/item-bank";
import type { QuizItem } from "@/lib/quiz/items";
import { parseReadingText } from "@/lib/readings/paragraphs";

/**
 * The shared library every teacher can assign from: for now the first lesson's article, its glossary, its
 * quiz items and the debate it proposes.
 * Added on every start, demo or not (upserts with fixed ids, so it is added once). Library readings have
 * no owner (createdById null).
 */
export const LIBRARY_READING_ID = "library-h20-2025";

const ARTICLE = {
  file: "prisma/seed/h20-article.zh-Hant.txt",
  glossary: "prisma/seed/h20-glossary.json",
  quiz: "prisma/seed/h20-quiz.json",
  debate: "prisma/seed/h20-debate.json",
  language: "zh-Hant",
  author: "華山穹劍",
  source: "hstong.com; dignews.cc",
  publishedOn: "2025-07-15",
};

/** Stable, readable paragraph ids: quiz items and debate evidence in the seed data refer to them. */
export const libraryParagraphId = (position: number) => `h20-p${String(position).padStart(2, "0")}`;

/**
 * The first lesson as a lesson file, put together from the seed files and checked like any file a teacher
 * uploads (decision 0036): a seed file that breaks a rule stops the start, naming every problem. Its refs are
 * the library's paragraph ids, which the seed's items already cite.
 */
export function libraryLesson(root = process.cwd()): LessonFile {
  const parsed = parseLessonFile(JSON.stringify(librarySeedFiles(root)));
  if (!parsed.ok)
    throw new Error(
      `The library lesson in prisma/seed does not pass the lesson file checks: ${parsed.errors.map((e) => `${e.path} ${e.key}`).join(", ")}`,
    );
  return parsed.lesson;
}

function librarySeedFiles(root: string) {
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(read(file));
    } catch (error) {
      throw new Error(`${file} is not JSON`, { cause: error });
    }
  };
  const text = parseReadingText(read(ARTICLE.file));
  return {
    format: LESSON_FORMAT,
    version: LESSON_FORMAT_VERSION,
    reading: {
      title: text.title,
      language: ARTICLE.language,
      author: ARTICLE.author,
      source: ARTICLE.source,
      publishedOn: ARTICLE.publishedOn,
      paragraphs: text.paragraphs.map((t, i) => ({ ref: libraryParagraphId(i + 1), text: t })),
    },
    glossary: readJson(ARTICLE.glossary),
    items: readJson(ARTICLE.quiz),
    debate: readJson(ARTICLE.debate),
  };
}

/** The library article's text, glossary and quiz items as the seed files hold them, checked. */
export function readLibrarySeed(root = process.cwd()) {
  const lesson = libraryLesson(root);
  return {
    text: { title: lesson.reading.title, paragraphs: lesson.reading.paragraphs.map((p) => p.text) },
    glossary: lesson.glossary,
    quiz: lesson.items,
    debate: lesson.debate,
  };
}

export async function seedLibrary(db: Db, root = process.cwd()): Promise<{ title: string }> {
  const lesson = libraryLesson(root);
  const records = lessonRecords(lesson, {
    readingId: LIBRARY_READING_ID,
    ownerId: null,
    paragraphId: libraryParagraphId,
  });
  const { debateDefaults, rubricLevels } = records.reading;
  await db.reading.upsert({
    where: { id: LIBRARY_READING_ID },
    // The proposed motion, side names and rubric wording, like the glossary, follow the seed on every start; a
    // board's own wording (Debate.motion, Debate.sideLabels, Debate.rubricLevels) is its teacher's and is never
    // touched. The text is written once: highlights and answers point into it.
    update: { debateDefaults, rubricLevels },
    create: { ...records.reading, paragraphs: { create: records.paragraphs } },
  });
  await seedGlossary(db, records.glossary);
  await seedQuizItems(db, records.items);
  return { title: lesson.reading.title };
}

type GlossaryRow = ReturnType<typeof lessonRecords>["glossary"][number];

// Definitions only (no item's answer), so a corrected glossary reaches every installation on its next start.
async function seedGlossary(db: Db, glossary: GlossaryRow[]) {
  for (const { term, ...definition } of glossary) {
    await db.glossaryTerm.upsert({
      where: { readingId_term: { readingId: LIBRARY_READING_ID, term } },
      update: definition,
      create: { readingId: LIBRARY_READING_ID, term, ...definition },
    });
  }
}

/**
 * Brings the reading's items to the seed's. Before any student has started the quiz, items are corrected in
 * place. After, a changed item gets a new revision and the old one is retired: answers keep the wording they
 * answered and attempts keep the items they started with, until their teacher has them graded again
 * (decision 0023). Items the seed adds join from now on; an item the seed no longer has is retired.
 */
async function seedQuizItems(db: Db, quiz: QuizItem[], now = new Date()) {
  const readingId = LIBRARY_READING_ID;
  const started = await quizBegun(db, readingId);
  const rows = await db.quizItem.findMany({
    where: { readingId },
    select: { id: true, key: true, revision: true, position: true, type: true, content: true, retiredAt: true },
  });
  const changed: string[] = [];
  for (const [i, item] of quiz.entries()) {
    const stored = { position: i + 1, type: item.type, content: JSON.stringify(item) };
    const revisions = rows.filter((r) => r.key === item.key);
    const current = revisions.find((r) => r.retiredAt === null);
    const nextRevision = Math.max(0, ...revisions.map((r) => r.revision)) + 1;
    const added = { readingId, key: item.key, revision: nextRevision, addedAt: started ? now : null, ...stored };
    if (!current) {
      await db.quizItem.create({ data: added });
    } else if (current.content === stored.content && current.type === stored.type) {
      if (current.position !== stored.position)
        await db.quizItem.update({ where: { id: current.id }, data: { position: stored.position } });
    } else if (!started) {
      await db.quizItem.update({ where: { id: current.id }, data: stored });
    } else {
      await db.$transaction([
        db.quizItem.update({ where: { id: current.id }, data: { retiredAt: now } }),
        db.quizItem.create({ data: added }),
      ]);
      changed.push(item.key);
    }
  }
  const keys = new Set(quiz.map((item) => item.key));
  const removed = rows.filter((r) => r.retiredAt === null && !keys.has(r.key));
  if (removed.length)
    await db.quizItem.updateMany({ where: { id: { in: removed.map((r) => r.id) } }, data: { retiredAt: now } });
  forgetItemBank(db, readingId);
  if (changed.length)
    console.log(
      `Corrected library quiz items ${changed.join(", ")}: attempts already taken keep the earlier versions until their teacher grades them again.`,
    );
}
