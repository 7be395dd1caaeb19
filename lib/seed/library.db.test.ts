import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportLesson } from "@/lib/lessons/export-lesson";
import { renameParagraphs } from "@/lib/lessons/lesson-file";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { laterLibrarySeed } from "@/lib/testing/later-library-seed";
import { seedDemo } from "./demo";
import { LIBRARY_READING_ID, libraryLesson, libraryParagraphId, seedLibrary } from "./library";

describe.each(TEST_PROVIDERS)("the library seed on an installation that has it already (%s)", (provider) => {
  let t: TestDatabase;
  const items = () =>
    t.db.quizItem.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: [{ position: "asc" }, { revision: "asc" }],
    });
  // A later version: q01 reworded, q99 added, a definition changed.
  const reworded = laterLibrarySeed((quiz, glossary) => {
    (quiz[0]!.prompt as { en: string }).en = "Reworded in a later version";
    quiz.push({ ...quiz[0]!, key: "q99" });
    glossary[0]!.en = "Defined anew in a later version";
  });
  // Later still: q02 reworded too, and q26 no longer part of the quiz.
  const laterStill = laterLibrarySeed((quiz) => {
    (quiz[0]!.prompt as { en: string }).en = "Reworded in a later version";
    (quiz[1]!.prompt as { en: string }).en = "Also reworded";
    quiz.push({ ...quiz[0]!, key: "q99" });
    quiz.splice(25, 1);
  });
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(async () => {
    await t?.drop();
    reworded.remove();
    laterStill.remove();
  });

  it("corrects the glossary, and the quiz items in place while no student has started the quiz", async () => {
    const before = await items();
    await seedLibrary(t.db, reworded.root);
    const after = await items();
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.parse(after[0]!.content).prompt.en).toBe("Reworded in a later version");
    expect(after[0]).toMatchObject({ id: before[0]!.id, revision: 1, addedAt: null, retiredAt: null });
    expect(after.at(-1)).toMatchObject({ key: "q99", addedAt: null });
    const term = await t.db.glossaryTerm.findFirstOrThrow({ where: { readingId: LIBRARY_READING_ID, position: 1 } });
    expect(term.explanationEn).toBe("Defined anew in a later version");
  });

  it("once an attempt exists, keeps each changed item's old revision and adds a new one", async () => {
    const quiz = await t.db.quiz.findFirstOrThrow({ where: { assignment: { readingId: LIBRARY_READING_ID } } });
    const student = await t.db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
    await t.db.quizAttempt.create({ data: { quizId: quiz.id, userId: student.id, number: 1, status: "graded" } });
    const before = await items();
    await seedLibrary(t.db, reworded.root); // nothing changed since: nothing written
    expect(await items()).toEqual(before);

    await seedLibrary(t.db, laterStill.root);
    const after = await items();
    const q02 = after.filter((i) => i.key === "q02");
    expect(q02.map((i) => [i.revision, i.retiredAt !== null, i.addedAt !== null])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);
    expect(q02[0]!.id).toBe(before.find((i) => i.key === "q02")!.id);
    expect(JSON.parse(q02[1]!.content).prompt.en).toBe("Also reworded");
    expect(after.find((i) => i.key === "q26")!.retiredAt).not.toBeNull();
    expect(after.filter((i) => i.retiredAt === null)).toHaveLength(26); // q26 out, q99 in
  });
});

describe.each(TEST_PROVIDERS)("the library seed, written as a lesson file (%s)", (provider) => {
  let t: TestDatabase;
  const broken = laterLibrarySeed((quiz) => {
    quiz[3]!.paragraphs = ["h20-p99"];
  });
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.drop();
    broken.remove();
  });

  it("stops on a seed file that breaks a lesson file's rules, naming the problem, before writing anything", async () => {
    await expect(seedLibrary(t.db, broken.root)).rejects.toThrow(/items\[3\]\.paragraphs\[0\] lessonParagraphMissing/);
    expect(await t.db.reading.count()).toBe(0);
  });

  it("is an ownerless reading with the library's ids, holding what the lesson says", async () => {
    await seedLibrary(t.db);
    const reading = await t.db.reading.findUniqueOrThrow({
      where: { id: LIBRARY_READING_ID },
      include: { paragraphs: { orderBy: { position: "asc" } } },
    });
    expect(reading.createdById).toBeNull();
    expect(reading.paragraphs.map((p) => p.id)).toEqual(reading.paragraphs.map((_, i) => libraryParagraphId(i + 1)));
    // An export names paragraphs p1, p2 …; the seed's lesson names them by their library ids.
    const lesson = libraryLesson();
    const ref = (id: string) => `p${Number(id.replace("h20-p", ""))}`;
    expect(await exportLesson(t.db, "any-teacher", LIBRARY_READING_ID)).toEqual({
      ...lesson,
      reading: { ...lesson.reading, paragraphs: lesson.reading.paragraphs.map((p) => ({ ...p, ref: ref(p.ref) })) },
      items: lesson.items.map((item) => renameParagraphs(item, ref)),
    });
  });
});
