import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createReading, shareReading } from "@/lib/readings/authoring";
import { createReadingSchema } from "@/lib/readings/authoring-schema";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { exportLesson } from "./export-lesson";
import { importLesson } from "./import-lesson";
import { type LessonFile, parseLessonFile } from "./lesson-file";

const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("lesson files on %s", (provider) => {
  let t: TestDatabase;
  let other: string;
  let h20: LessonFile;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    other = (
      await t.db.user.create({
        data: { role: "TEACHER", displayName: "李老師", loginName: "li@test", email: "li@test", passwordHash: "x" },
      })
    ).id;
    h20 = (await exportLesson(t.db, TEACHER, LIBRARY_READING_ID))!;
  });
  afterAll(() => t?.drop());

  const counts = async () => ({
    readings: await t.db.reading.count(),
    paragraphs: await t.db.readingParagraph.count(),
    terms: await t.db.glossaryTerm.count(),
    items: await t.db.quizItem.count(),
  });
  const parsed = (lesson: LessonFile) => {
    const result = parseLessonFile(JSON.stringify(lesson));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.lesson;
  };

  it("exports the library reading with its paragraphs as refs in order, its current quiz, glossary and debate", async () => {
    expect(h20.reading).toMatchObject({ language: "zh-Hant", author: "華山穹劍", publishedOn: "2025-07-15" });
    expect(h20.reading.paragraphs.map((p) => p.ref)).toEqual(Array.from({ length: 34 }, (_, i) => `p${i + 1}`));
    expect(h20.items.map((i) => i.key)).toEqual(
      Array.from({ length: 26 }, (_, i) => `q${String(i + 1).padStart(2, "0")}`),
    );
    expect(h20.items[0]!.paragraphs).toEqual(["p3", "p4", "p13"]);
    expect(h20.items.flatMap((i) => (i.type === "paragraph" ? i.answer : []))).not.toContainEqual(
      expect.stringMatching(/^h20-/),
    );
    expect(h20.glossary.length).toBe(await t.db.glossaryTerm.count({ where: { readingId: LIBRARY_READING_ID } }));
    expect(h20.debate.sides.first).toEqual({ zhHant: "退卻", en: "Retreat" });
    expect(h20.rubric.claim).toEqual(["", "", "", ""]);
  });

  it("round-trips: export, file, import as another teacher, export again gives the same lesson", async () => {
    const { readingId } = await importLesson(t.db, other, parsed(h20));
    const reading = await t.db.reading.findUniqueOrThrow({
      where: { id: readingId },
      include: { paragraphs: true, quizItems: { orderBy: { position: "asc" } } },
    });
    expect(reading).toMatchObject({ createdById: other, shared: false });
    expect(reading.paragraphs.every((p) => !p.id.startsWith("h20-"))).toBe(true);
    expect(reading.quizItems[0]).toMatchObject({
      key: "q01",
      revision: 1,
      position: 1,
      addedAt: null,
      retiredAt: null,
    });
    const ids = new Set(reading.paragraphs.map((p) => p.id));
    expect(reading.quizItems.flatMap((i) => JSON.parse(i.content).paragraphs).every((id) => ids.has(id))).toBe(true);

    expect(await exportLesson(t.db, other, readingId)).toEqual(h20);
    // Private to the teacher who imported it, like a reading they pasted.
    expect(await exportLesson(t.db, TEACHER, readingId)).toBeNull();
  });

  it("keeps headings, the rubric's wording and a reading without a quiz, glossary or debate", async () => {
    const lesson = parsed(h20);
    lesson.reading.paragraphs[0]!.heading = true;
    lesson.rubric.evidence[2] = "引用原文並說明出處";
    const bare = { ...lesson, glossary: [], items: [], debate: parsed(h20).debate };
    const { readingId } = await importLesson(t.db, other, bare);
    expect(await exportLesson(t.db, other, readingId)).toEqual(bare);
    const stored = await t.db.reading.findUniqueOrThrow({ where: { id: readingId } });
    expect(JSON.parse(stored.rubricLevels).evidence[2]).toBe("引用原文並說明出處");
  });

  it("exports each item's current revision only, in quiz order", async () => {
    const { readingId } = await importLesson(t.db, other, parsed(h20));
    const q01 = await t.db.quizItem.findFirstOrThrow({ where: { readingId, key: "q01" } });
    const content = JSON.parse(q01.content);
    await t.db.$transaction([
      t.db.quizItem.update({ where: { id: q01.id }, data: { retiredAt: new Date() } }),
      t.db.quizItem.create({
        data: {
          readingId,
          key: "q01",
          revision: 2,
          position: 27,
          type: q01.type,
          content: JSON.stringify({ ...content, prompt: { ...content.prompt, en: "Corrected" } }),
        },
      }),
    ]);
    const exported = (await exportLesson(t.db, other, readingId))!;
    expect(exported.items.map((i) => i.key)).toEqual([...h20.items.slice(1).map((i) => i.key), "q01"]);
    expect(exported.items.at(-1)!.prompt.en).toBe("Corrected");
  });

  it("exports only a reading the teacher may open: another teacher's private one is not found until shared", async () => {
    const form = createReadingSchema.parse({ title: "私人文章", language: "auto", text: "只有我看得到。" });
    const { id } = await createReading(t.db, other, form);
    expect(await exportLesson(t.db, TEACHER, id)).toBeNull();
    expect(await exportLesson(t.db, TEACHER, "no-such-reading")).toBeNull();
    await shareReading(t.db, other, { readingId: id, shared: true });
    expect((await exportLesson(t.db, TEACHER, id))?.reading.title).toBe("私人文章");
  });

  it("refuses a file from a newer version as too new", () => {
    const newer = { ...h20, version: 2, annotations: [] };
    expect(parseLessonFile(JSON.stringify(newer))).toEqual({
      ok: false,
      errors: [{ path: "version", key: "lessonTooNew" }],
    });
  });

  it("refuses a citation of a paragraph the file does not have, at its place, and writes nothing", async () => {
    const broken = structuredClone(h20);
    broken.items[3]!.paragraphs[0] = "p99";
    const result = parseLessonFile(JSON.stringify(broken));
    expect(result.ok ? [] : result.errors).toContainEqual({
      path: "items[3].paragraphs[0]",
      key: "lessonParagraphMissing",
    });
    const before = await counts();
    await expect(importLesson(t.db, other, broken)).rejects.toThrow(
      /items\[3\]\.paragraphs\[0\] lessonParagraphMissing/,
    );
    expect(await counts()).toEqual(before);
  });

  it("leaves nothing half-imported when a write fails partway", async () => {
    const before = await counts();
    await expect(importLesson(withFailingItems(t.db), other, parsed(h20))).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });
});

type ItemRows = Parameters<Db["quizItem"]["createMany"]>[0];

/** The same client, except that quiz items are written for a reading that does not exist: the last write fails. */
function withFailingItems(db: Db): Db {
  const quizItem = {
    createMany: ({ data }: NonNullable<ItemRows>) =>
      db.quizItem.createMany({ data: [data].flat().map((row) => ({ ...row, readingId: "no-such-reading" })) }),
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "quizItem") return quizItem;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
