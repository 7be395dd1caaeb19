import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID, seedLibrary } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { laterLibrarySeed } from "@/lib/testing/later-library-seed";
import { rightAnswer } from "@/lib/testing/quiz-answers";
import { saveAnswer, startAttempt, submitAttempt } from "./attempts";
import { currentItems } from "./item-bank";
import { regradeWithCurrentItems } from "./regrade";
import { loadQuizResults } from "./results";
import { loadFeedback } from "./student-quiz";
import { gradeAnswerAsTeacher } from "./teacher-grading";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";
const [S1, S2] = ["demo-student-1", "demo-student-2"];

// A correction as an upgrade brings it: q01's key moves from (b) to (c), q02 loses the option (d) a student
// chose, and q99 joins the quiz.
const correction = () =>
  laterLibrarySeed((quiz) => {
    quiz[0]!.answer = "c";
    const q02 = quiz[1] as { answer: string; options: { key: string }[] };
    q02.options = q02.options.filter((o) => o.key !== "d");
    q02.answer = "a";
    quiz.push({ ...quiz[3]!, key: "q99" });
  });

describe.each(TEST_PROVIDERS)("grading again with corrected items (%s)", (provider) => {
  let t: TestDatabase;
  let fullMarks: number;
  const corrected = correction();
  const results = async () => (await loadQuizResults(t.db, TEACHER, ASSIGNMENT))!;
  const studentRow = async (id: string) => (await results()).students.find((s) => s.studentId === id)!;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    // S1 hands in full marks on the items as seeded; S2 starts but is still working when the correction lands.
    const items = await currentItems(t.db, LIBRARY_READING_ID);
    fullMarks = items.reduce((sum, i) => sum + i.item.points, 0);
    for (const student of [S1, S2]) {
      const attempt = await startAttempt(t.db, student, ASSIGNMENT);
      for (const { id, item } of items)
        await saveAnswer(t.db, student, { attemptId: attempt.id, itemId: id, value: rightAnswer(item), clientSeq: 1 });
      if (student === S1) {
        await submitAttempt(t.db, student, attempt.id);
        const short = items.find((i) => i.item.type === "short")!;
        await gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: short.id, score: 2 });
      }
    }
    await seedLibrary(t.db, corrected.root);
  });
  afterAll(async () => {
    await t?.drop();
    corrected.remove();
  });

  it("changes no score by itself: handed-in attempts keep the items they were graded on", async () => {
    const s1 = await studentRow(S1);
    expect(s1).toMatchObject({ status: "graded", score: fullMarks, maxScore: fullMarks, outdatedKeys: ["q01", "q02"] });
    const q01 = s1.answers.find((a) => a.attemptItemId !== a.itemId && a.score === 1);
    expect(q01).toBeDefined();
    const q99 = (await results()).items.find((i) => i.key === "q99")!;
    expect(s1.answers.find((a) => a.itemId === q99.id)?.attemptItemId).toBeNull();
    const attempt = await t.db.quizAttempt.findFirstOrThrow({ where: { userId: S1 } });
    const feedback = await loadFeedback(t.db, S1, attempt, LIBRARY_READING_ID, true);
    expect(feedback.find((f) => f.key === "b" && f.score === 1)).toBeDefined(); // q01 as they answered it
  });

  it("gives an attempt handed in after the correction the items it started with", async () => {
    const attempt = await t.db.quizAttempt.findFirstOrThrow({ where: { userId: S2 } });
    const handedIn = await submitAttempt(t.db, S2, attempt.id);
    expect(handedIn.maxScore).toBe(fullMarks);
    expect(handedIn.score).toBe(fullMarks - 2); // the short answer waits for the teacher
  });

  it("grades again on the teacher's request: a moved key costs the point, an answer that no longer fits is blank", async () => {
    expect(await regradeWithCurrentItems(t.db, TEACHER, ASSIGNMENT)).toEqual({ regraded: 2 });
    const s1 = await studentRow(S1);
    // q01 (b is wrong now) and q02 (its option d is gone) lose a point each; q99 stays out; the teacher's 2 stay.
    expect(s1).toMatchObject({ score: fullMarks - 2, maxScore: fullMarks, outdatedKeys: [] });
    expect(s1.answers.every((a) => a.attemptItemId === a.itemId || a.attemptItemId === null)).toBe(true);
    const q02 = (await results()).items.find((i) => i.key === "q02")!;
    expect(s1.answers.find((a) => a.itemId === q02.id)).toMatchObject({ view: { kind: "none" }, score: null });
    expect((await studentRow(S2)).score).toBe(fullMarks - 4);
    // Asked twice (a second click), nothing is left to change.
    expect(await regradeWithCurrentItems(t.db, TEACHER, ASSIGNMENT)).toEqual({ regraded: 0 });
  });

  it("is refused to another teacher and to a student, changing nothing", async () => {
    const other = await t.db.user.create({
      data: { role: "TEACHER", loginName: `other-${provider}@x.test`, displayName: "別班老師", passwordHash: "x" },
    });
    await expectFailure(regradeWithCurrentItems(t.db, other.id, ASSIGNMENT), "notFound");
    await expectFailure(regradeWithCurrentItems(t.db, S1, ASSIGNMENT), "notFound");
  });
});
