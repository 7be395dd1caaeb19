import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { isGlossaryHeldBack } from "./glossary-during-quiz";

const ASSIGNMENT = "demo-assignment-h20";

describe.each(TEST_PROVIDERS)("the glossary during a quiz attempt (%s)", (provider) => {
  let t: TestDatabase;
  let studentId: string;
  let attemptId: string;
  const setting = (glossaryDuringQuiz: boolean) =>
    t.db.quiz.update({ where: { assignmentId: ASSIGNMENT }, data: { glossaryDuringQuiz } });
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    studentId = (await t.db.user.findFirstOrThrow({ where: { loginName: "student1" } })).id;
    const quiz = await t.db.quiz.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } });
    attemptId = (await t.db.quizAttempt.create({ data: { quizId: quiz.id, userId: studentId, number: 1 } })).id;
  });
  afterAll(() => t?.drop());

  it("is shown by default, even during an attempt", async () => {
    expect(await isGlossaryHeldBack(t.db, studentId, ASSIGNMENT)).toBe(false);
  });

  it("is held back during the attempt when the teacher switches it off, and back once it is handed in", async () => {
    await setting(false);
    expect(await isGlossaryHeldBack(t.db, studentId, ASSIGNMENT)).toBe(true);
    const classmate = await t.db.user.findFirstOrThrow({ where: { loginName: "student2" } });
    expect(await isGlossaryHeldBack(t.db, classmate.id, ASSIGNMENT)).toBe(false); // no attempt of theirs
    await t.db.quizAttempt.update({ where: { id: attemptId }, data: { status: "submitted", submittedAt: new Date() } });
    expect(await isGlossaryHeldBack(t.db, studentId, ASSIGNMENT)).toBe(false);
  });
});
