import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
import { parseReadingText } from "@/lib/readings/paragraphs";

/**
 * The shared library every teacher can assign from: for now the first lesson's article, its glossary and
 * its quiz items.
 * Added on every start, demo or not (upserts with fixed ids, so it is added once). Library readings have
 * no owner (createdById null).
 */
export const LIBRARY_READING_ID = "library-h20-2025";

const ARTICLE = {
  file: "prisma/seed/h20-article.zh-Hant.txt",
  glossary: "prisma/seed/h20-glossary.json",
  quiz: "prisma/seed/h20-quiz.json",
  language: "zh-Hant",
  author: "華山穹劍",
  source: "hstong.com; dignews.cc",
  publishedOn: new Date("2025-07-15T00:00:00Z"),
};

const glossarySchema = z.array(
  z.object({
    term: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    zhHant: z.string().min(1),
    en: z.string().min(1),
  }),
);

/** Stable, readable paragraph ids: quiz items and debate evidence in the seed data refer to them. */
export const libraryParagraphId = (position: number) => `h20-p${String(position).padStart(2, "0")}`;

/** The library article's text, glossary and quiz items as the seed files hold them, checked. */
export function readLibrarySeed(root = process.cwd()) {
  const read = (file: string) => readFileSync(path.join(root, file), "utf8");
  return {
    text: parseReadingText(read(ARTICLE.file)),
    glossary: glossarySchema.parse(JSON.parse(read(ARTICLE.glossary))),
    quiz: z.array(quizItemSchema).parse(JSON.parse(read(ARTICLE.quiz))),
  };
}

export async function seedLibrary(db: Db, root = process.cwd()): Promise<{ title: string }> {
  const { text, glossary, quiz } = readLibrarySeed(root);
  await db.reading.upsert({
    where: { id: LIBRARY_READING_ID },
    update: {},
    create: {
      id: LIBRARY_READING_ID,
      title: text.title,
      language: ARTICLE.language,
      author: ARTICLE.author,
      source: ARTICLE.source,
      publishedOn: ARTICLE.publishedOn,
      paragraphs: {
        create: text.paragraphs.map((p, i) => ({
          id: libraryParagraphId(i + 1),
          position: i + 1,
          text: p,
        })),
      },
    },
  });
  // Definitions only (no item's answer), so a corrected glossary reaches every installation on its next start.
  for (const [i, g] of glossary.entries()) {
    const definition = {
      position: i + 1,
      aliases: JSON.stringify(g.aliases),
      explanationZhHant: g.zhHant,
      explanationEn: g.en,
    };
    await db.glossaryTerm.upsert({
      where: { readingId_term: { readingId: LIBRARY_READING_ID, term: g.term } },
      update: definition,
      create: { readingId: LIBRARY_READING_ID, term: g.term, ...definition },
    });
  }
  await seedQuizItems(db, quiz);
  return { title: text.title };
}

/**
 * The seed's quiz items, added and corrected while no student has started this reading's quiz. Once one has,
 * the items stay as they were: an attempt is graded (and re-graded, when a teacher scores a short answer)
 * against the reading's current items, so a changed key or an added item would silently change the scores
 * of attempts already handed in. Those installations keep their items until items carry versions.
 */
async function seedQuizItems(db: Db, quiz: QuizItem[]) {
  const attempts = await db.quizAttempt.count({ where: { quiz: { assignment: { readingId: LIBRARY_READING_ID } } } });
  if (attempts > 0) {
    console.log(`The library quiz was left as it is: ${attempts} attempts have been taken on it.`);
    return;
  }
  for (const [i, item] of quiz.entries()) {
    const stored = { position: i + 1, type: item.type, content: JSON.stringify(item) };
    await db.quizItem.upsert({
      where: { readingId_key: { readingId: LIBRARY_READING_ID, key: item.key } },
      update: stored,
      create: { readingId: LIBRARY_READING_ID, key: item.key, ...stored },
    });
  }
}
