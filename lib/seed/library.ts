import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { debateDefaultsSchema, serialiseDebateDefaults } from "@/lib/debate/wording";
import { forgetItemBank } from "@/lib/quiz/item-bank";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";
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
    debate: debateDefaultsSchema.parse(JSON.parse(read(ARTICLE.debate))),
  };
}

export async function seedLibrary(db: Db, root = process.cwd()): Promise<{ title: string }> {
  const { text, glossary, quiz, debate } = readLibrarySeed(root);
  const debateDefaults = serialiseDebateDefaults(debate);
  await db.reading.upsert({
    where: { id: LIBRARY_READING_ID },
    // The proposed motion and side names, like the glossary, follow the seed on every start; a board's own
    // wording (Debate.motion, Debate.sideLabels) is its teacher's and is never touched.
    update: { debateDefaults },
    create: {
      id: LIBRARY_READING_ID,
      title: text.title,
      language: ARTICLE.language,
      author: ARTICLE.author,
      source: ARTICLE.source,
      publishedOn: ARTICLE.publishedOn,
      debateDefaults,
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
 * Brings the reading's items to the seed's. Before any student has started the quiz, items are corrected in
 * place. After, a changed item gets a new revision and the old one is retired: answers keep the wording they
 * answered and attempts keep the items they started with, until their teacher has them graded again
 * (decision 0023). Items the seed adds join from now on; an item the seed no longer has is retired.
 */
async function seedQuizItems(db: Db, quiz: QuizItem[], now = new Date()) {
  const readingId = LIBRARY_READING_ID;
  const started = (await db.quizAttempt.count({ where: { quiz: { assignment: { readingId } } } })) > 0;
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
