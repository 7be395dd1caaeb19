import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { rightAnswer } from "@/lib/testing/quiz-answers";
import { parseItem, saveAnswer, startAttempt, submitAttempt } from "./attempts";
import type { QuizItem } from "./items";
import { gradeAnswerAsTeacher } from "./teacher-grading";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";
const S1 = "demo-student-1";

describe.each(TEST_PROVIDERS)("teacher grading on %s", (provider) => {
  let t: TestDatabase;
  let items: { id: string; item: QuizItem }[];
  let maxScore: number;
  const byType = (type: QuizItem["type"]) => items.find((i) => i.item.type === type)!;

  /** S1 answers every item right except those in `skip`, and submits unless told not to. */
  async function attemptOf(skip: QuizItem["type"][] = [], submit = true) {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    for (const { id, item } of items) {
      if (!skip.includes(item.type))
        await saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: id, value: rightAnswer(item), clientSeq: 1 });
    }
    return submit ? submitAttempt(t.db, S1, attempt.id) : attempt;
  }
  const answerOf = (attemptId: string, itemId: string) =>
    t.db.quizAnswer.findUnique({ where: { attemptId_itemId: { attemptId, itemId } } });

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    const rows = await t.db.quizItem.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    items = rows.map((r) => ({ id: r.id, item: parseItem(r.content) }));
    maxScore = items.reduce((sum, i) => sum + i.item.points, 0);
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.quizAttempt.deleteMany();
  });

  it("grades a short answer with optional feedback, completing the attempt", async () => {
    const attempt = await attemptOf();
    expect(attempt.status).toBe("submitted");
    const { assignmentId, attempt: graded } = await gradeAnswerAsTeacher(t.db, TEACHER, {
      attemptId: attempt.id,
      itemId: byType("short").id,
      score: 2,
    });
    expect(assignmentId).toBe(ASSIGNMENT);
    expect(graded).toMatchObject({ status: "graded", score: maxScore, maxScore });
    expect(await answerOf(attempt.id, byType("short").id)).toMatchObject({ teacherScore: 2, overrideReason: null });
  });

  it("requires a reason to override an automatic score, then recomputes the total", async () => {
    const attempt = await attemptOf(["short"]);
    const single = byType("single");
    await expectFailure(
      gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: single.id, score: 0 }),
      "reasonRequired",
      "reason",
    );
    await expectFailure(
      gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: single.id, score: 0, reason: "   " }),
      "reasonRequired",
      "reason",
    );
    expect(await answerOf(attempt.id, single.id)).toMatchObject({ teacherScore: null });

    const { attempt: after } = await gradeAnswerAsTeacher(t.db, TEACHER, {
      attemptId: attempt.id,
      itemId: single.id,
      score: 0,
      reason: " 答案與筆記相同,疑似抄襲 ",
    });
    expect(after).toMatchObject({ status: "graded", score: attempt.score! - single.item.points });
    expect(await answerOf(attempt.id, single.id)).toMatchObject({
      teacherScore: 0,
      autoScore: single.item.points,
      overrideReason: "答案與筆記相同,疑似抄襲",
    });
  });

  it("keeps both scores in the total when two tabs grade the same attempt at once", async () => {
    const attempt = await attemptOf();
    const [short, single] = [byType("short"), byType("single")];
    // This tab reads the answers, then the other tab grades another item from start to end, then this tab
    // writes its total: the order that made the first tab's stale total the last word.
    let otherTabDone = false;
    const thisTab = new Proxy(t.db, {
      get(db, key) {
        if (key !== "$transaction" || otherTabDone) return Reflect.get(db, key);
        return async (...args: Parameters<typeof db.$transaction>) => {
          otherTabDone = true;
          await gradeAnswerAsTeacher(t.db, TEACHER, {
            attemptId: attempt.id,
            itemId: single.id,
            score: 0,
            reason: "與筆記相同",
          });
          return (db.$transaction as (...a: unknown[]) => unknown)(...args);
        };
      },
    });
    await gradeAnswerAsTeacher(thisTab, TEACHER, { attemptId: attempt.id, itemId: short.id, score: 2 });
    expect(otherTabDone).toBe(true);
    const stored = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(stored).toMatchObject({ status: "graded", score: maxScore - single.item.points });
  });

  it("scores a blank item by creating its answer row", async () => {
    const attempt = await attemptOf(["true_false", "short"]);
    const tf = byType("true_false");
    expect(await answerOf(attempt.id, tf.id)).toBeNull();
    const { attempt: after } = await gradeAnswerAsTeacher(t.db, TEACHER, {
      attemptId: attempt.id,
      itemId: tf.id,
      score: 1,
      reason: "口頭作答正確",
    });
    expect(after.score).toBe(attempt.score! + 1);
    expect(await answerOf(attempt.id, tf.id)).toMatchObject({
      value: "null",
      teacherScore: 1,
      overrideReason: "口頭作答正確",
    });
  });

  it("refuses a score outside 0 to the item's points", async () => {
    const attempt = await attemptOf();
    const short = byType("short");
    for (const score of [-1, short.item.points + 0.5, Number.NaN]) {
      await expectFailure(
        gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: short.id, score }),
        "scoreOutOfRange",
        "score",
      );
    }
    expect(await answerOf(attempt.id, short.id)).toMatchObject({ teacherScore: null });
  });

  it("cannot grade an attempt still in progress", async () => {
    const attempt = await attemptOf([], false);
    await expectFailure(
      gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: byType("short").id, score: 1 }),
      "notFound",
    );
    expect(await answerOf(attempt.id, byType("short").id)).toMatchObject({ teacherScore: null });
  });

  it("is not open to another teacher, nor to an unknown item", async () => {
    const other = await t.db.user.create({
      data: { role: "TEACHER", loginName: `grader-${provider}@x.test`, displayName: "別班老師", passwordHash: "x" },
    });
    const attempt = await attemptOf();
    await expectFailure(
      gradeAnswerAsTeacher(t.db, other.id, { attemptId: attempt.id, itemId: byType("short").id, score: 2 }),
      "notFound",
    );
    await expectFailure(
      gradeAnswerAsTeacher(t.db, TEACHER, { attemptId: attempt.id, itemId: "no-such-item", score: 0, reason: "x" }),
      "notFound",
    );
    expect(await answerOf(attempt.id, byType("short").id)).toMatchObject({ teacherScore: null });
    expect((await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe("submitted");
  });
});
