import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { seedDemo } from "./demo";
import { LIBRARY_READING_ID, seedLibrary } from "./library";

// A later version of the seed files, as an upgrade brings them: q01 reworded, one item added, a definition changed.
function laterSeed(): string {
  const root = mkdtempSync(path.join(tmpdir(), "library-seed-"));
  cpSync("prisma/seed", path.join(root, "prisma/seed"), { recursive: true });
  const quizFile = path.join(root, "prisma/seed/h20-quiz.json");
  const quiz = JSON.parse(readFileSync(quizFile, "utf8"));
  quiz[0].prompt.en = "Reworded in a later version";
  quiz.push({ ...quiz[0], key: "q99" });
  writeFileSync(quizFile, JSON.stringify(quiz));
  const glossaryFile = path.join(root, "prisma/seed/h20-glossary.json");
  const glossary = JSON.parse(readFileSync(glossaryFile, "utf8"));
  glossary[0].en = "Defined anew in a later version";
  writeFileSync(glossaryFile, JSON.stringify(glossary));
  return root;
}

describe.each(TEST_PROVIDERS)("the library seed on an installation that has it already (%s)", (provider) => {
  let t: TestDatabase;
  let later: string;
  const items = () =>
    t.db.quizItem.findMany({ where: { readingId: LIBRARY_READING_ID }, orderBy: { position: "asc" } });
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    later = laterSeed();
  });
  afterAll(async () => {
    await t?.drop();
    rmSync(later, { recursive: true, force: true });
  });

  it("corrects the glossary, and the quiz items while no student has started the quiz", async () => {
    const before = await items();
    await seedLibrary(t.db, later);
    const after = await items();
    expect(after).toHaveLength(before.length + 1);
    expect(JSON.parse(after[0]!.content).prompt.en).toBe("Reworded in a later version");
    expect(after[0]!.id).toBe(before[0]!.id); // the same item, so answers to it stay attached
    const term = await t.db.glossaryTerm.findFirstOrThrow({ where: { readingId: LIBRARY_READING_ID, position: 1 } });
    expect(term.explanationEn).toBe("Defined anew in a later version");
  });

  it("leaves the items as they are once an attempt exists, so no handed-in score changes by itself", async () => {
    const quiz = await t.db.quiz.findFirstOrThrow({ where: { assignment: { readingId: LIBRARY_READING_ID } } });
    const student = await t.db.user.findFirstOrThrow({ where: { role: "STUDENT" } });
    await t.db.quizAttempt.create({ data: { quizId: quiz.id, userId: student.id, number: 1, status: "graded" } });
    const before = await items();
    await seedLibrary(t.db); // the current seed files: q01 as it was, no q99
    expect(await items()).toEqual(before);
  });
});
