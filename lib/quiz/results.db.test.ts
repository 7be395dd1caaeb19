import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { rightAnswer, wrongAnswer } from "@/lib/testing/quiz-answers";
import { parseItem, saveAnswer, startAttempt, submitAttempt } from "./attempts";
import type { QuizItem } from "./items";
import { loadQuizResults } from "./results";
import { gradeAnswerAsTeacher } from "./teacher-grading";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];

describe.each(TEST_PROVIDERS)("quiz results on %s", (provider) => {
  let t: TestDatabase;
  let items: { id: string; item: QuizItem }[];
  let quizId: string;
  let maxScore: number;
  const byType = (type: QuizItem["type"]) => items.find((i) => i.item.type === type)!;
  const shortItem = () => byType("short");

  /** Starts an attempt and answers every item with `answer(item)`; `undefined` leaves it blank. */
  async function answerAll(studentId: string, answer: (item: QuizItem) => unknown, submit = true) {
    const attempt = await startAttempt(t.db, studentId, ASSIGNMENT);
    for (const { id, item } of items) {
      const value = answer(item);
      if (value !== undefined)
        await saveAnswer(t.db, studentId, { attemptId: attempt.id, itemId: id, value, clientSeq: 1 });
    }
    return submit ? submitAttempt(t.db, studentId, attempt.id) : attempt;
  }
  const load = async () => (await loadQuizResults(t.db, TEACHER, ASSIGNMENT))!;
  const row = (results: Awaited<ReturnType<typeof load>>, studentId: string) =>
    results.students.find((s) => s.studentId === studentId)!;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    quizId = (await t.db.quiz.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
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
    await t.db.quiz.update({ where: { id: quizId }, data: { attemptsAllowed: 1, itemSelection: "all" } });
  });

  it("lists every enrolled student by name, with the items and their rubric", async () => {
    const results = await load();
    const names = results.students.map((s) => s.displayName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-Hant")));
    expect(results.students.map((s) => s.studentId).sort()).toEqual([S1, S2, S3]);
    expect(
      results.students.every(
        (s) => s.status === "not_started" && s.score === null && s.maxScore === maxScore && s.attemptsUsed === 0,
      ),
    ).toBe(true);
    expect(results.items).toHaveLength(26);
    const short = results.items.find((i) => i.type === "short")!;
    expect(short.rubric?.zhHant).toContain("滿分2分");
    expect(results.items.filter((i) => i.rubric)).toHaveLength(1);
    expect(results.quiz).toMatchObject({ attemptsAllowed: 1, release: "on_submit" });
    expect(results.distribution.every((b) => b.count === 0)).toBe(true);
  });

  it("shows each student's status: in progress, submitted with a short answer pending, graded", async () => {
    await answerAll(S1, (item) => (item.type === "short" ? undefined : rightAnswer(item))); // nothing for the teacher
    await answerAll(S2, rightAnswer); // the short answer waits
    await answerAll(S3, rightAnswer, false);
    const results = await load();
    const shortPoints = shortItem().item.points;
    expect(row(results, S1)).toMatchObject({
      status: "graded",
      score: maxScore - shortPoints,
      maxScore,
      attemptsUsed: 1,
    });
    expect(row(results, S1).submittedAt).toBeInstanceOf(Date);
    expect(row(results, S2)).toMatchObject({ status: "submitted", score: maxScore - shortPoints });
    expect(row(results, S3)).toMatchObject({ status: "in_progress", score: null, submittedAt: null, attemptsUsed: 1 });
    const s1Short = row(results, S1).answers.find((a) => a.itemId === shortItem().id)!;
    expect(s1Short).toMatchObject({ answerId: null, score: null, view: { kind: "none" } });
    const s2Single = row(results, S2).answers.find((a) => a.itemId === byType("single").id)!;
    expect(s2Single).toMatchObject({ score: 1, autoScore: 1, teacherScore: null, correct: true });
  });

  it("counts the most recent attempt", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { attemptsAllowed: 2 } });
    await answerAll(S1, rightAnswer);
    await answerAll(S1, wrongAnswer, false);
    const results = await load();
    expect(row(results, S1)).toMatchObject({ status: "in_progress", attemptsUsed: 2, score: null });
    expect(results.gradingQueue).toEqual([]);
    expect(results.itemStats.every((s) => s.answered === 0)).toBe(true);
  });

  it("gives a student who has not started the maximum of the items the quiz's selection would ask them", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { itemSelection: "random", randomCount: 5 } });
    const notStarted = row(await load(), S1);
    expect(notStarted.status).toBe("not_started");
    expect(notStarted.maxScore).toBeLessThan(maxScore);
    // The attempt, once started, asks exactly those items.
    await startAttempt(t.db, S1, ASSIGNMENT);
    expect(row(await load(), S1).maxScore).toBe(notStarted.maxScore);

    await t.db.quiz.update({ where: { id: quizId }, data: { itemSelection: "all" } });
    expect(row(await load(), S2).maxScore).toBe(maxScore);
  });

  it("computes % correct and the most chosen wrong answer from the submitted answers", async () => {
    await answerAll(S1, rightAnswer);
    await answerAll(S2, wrongAnswer);
    await answerAll(S3, wrongAnswer);
    const results = await load();
    const stat = (type: QuizItem["type"]) => results.itemStats.find((s) => s.itemId === byType(type).id)!;

    for (const type of ["single", "multiple", "true_false", "classify", "paragraph"] as const) {
      expect(stat(type)).toMatchObject({ answered: 3, percentCorrect: 33 });
      expect(stat(type).topWrongAnswer?.count).toBe(2);
    }
    const single = byType("single").item;
    const wrongOption = single.type === "single" ? single.options.find((o) => o.key === wrongAnswer(single))! : null;
    expect(stat("single").topWrongAnswer?.view).toEqual({ kind: "options", options: [wrongOption] });
    const tf = byType("true_false").item;
    expect(stat("true_false").topWrongAnswer?.view).toEqual({
      kind: "boolean",
      value: tf.type === "true_false" && !tf.answer,
    });
    const paragraph = byType("paragraph").item;
    const paragraphRow = await t.db.readingParagraph.findUniqueOrThrow({
      where: { id: wrongAnswer(paragraph) as string },
    });
    expect(stat("paragraph").topWrongAnswer?.view).toEqual({ kind: "paragraph", position: paragraphRow.position });
    expect(stat("classify").topWrongAnswer?.view).toEqual({
      kind: "classify",
      ...(wrongAnswer(byType("classify").item) as object),
    });
    expect(stat("short")).toMatchObject({ answered: 3, percentCorrect: null, topWrongAnswer: null });
  });

  it("counts a blank as not correct in % correct", async () => {
    await answerAll(S1, rightAnswer);
    await answerAll(S2, (item) => (item === byType("single").item ? undefined : rightAnswer(item)));
    const results = await load();
    expect(results.itemStats.find((s) => s.itemId === byType("single").id)).toMatchObject({
      answered: 1,
      percentCorrect: 50,
    });
    expect(results.itemStats.find((s) => s.itemId === byType("true_false").id)).toMatchObject({
      answered: 2,
      percentCorrect: 100,
    });
  });

  it("has no most chosen wrong answer when everyone is right, and no % before anyone answers", async () => {
    await answerAll(S1, rightAnswer);
    const results = await load();
    expect(results.itemStats.find((s) => s.itemId === byType("single").id)).toMatchObject({
      answered: 1,
      percentCorrect: 100,
      topWrongAnswer: null,
    });
    await t.db.quizAttempt.deleteMany();
    expect((await load()).itemStats.every((s) => s.percentCorrect === null && s.topWrongAnswer === null)).toBe(true);
  });

  it("buckets submitted scores by percent of the maximum, leaving out attempts in progress", async () => {
    await answerAll(S1, (item) => (item.type === "short" ? undefined : rightAnswer(item))); // 23 / 25 → 90–100
    await answerAll(S2, wrongAnswer); // half of each classification only: 3 / 25 → 10–19
    await answerAll(S3, rightAnswer, false);
    const results = await load();
    expect(row(results, S2).score).toBe(3);
    const counts = Object.fromEntries(results.distribution.map((b) => [`${b.from}-${b.to}`, b.count]));
    expect(counts).toEqual({
      "0-9": 0,
      "10-19": 1,
      "20-29": 0,
      "30-39": 0,
      "40-49": 0,
      "50-59": 0,
      "60-69": 0,
      "70-79": 0,
      "80-89": 0,
      "90-100": 1,
    });
  });

  it("queues submitted short answers until graded; grading one makes the attempt graded with the right total", async () => {
    await answerAll(S1, rightAnswer);
    await answerAll(S2, wrongAnswer);
    await answerAll(S3, rightAnswer, false); // in progress: not for grading yet
    const before = await load();
    const short = shortItem();
    expect(before.gradingQueue.map((q) => q.studentId).sort()).toEqual([S1, S2]);
    const queued = before.gradingQueue.find((q) => q.studentId === S2)!;
    expect(queued).toMatchObject({
      itemId: short.id,
      itemPosition: items.findIndex((i) => i.id === short.id) + 1,
      studentName: row(before, S2).displayName,
      answerText: wrongAnswer(short.item),
      points: 2,
      rubric: short.item.type === "short" ? short.item.rubric : null,
    });

    await gradeAnswerAsTeacher(t.db, TEACHER, {
      attemptId: queued.attemptId,
      itemId: short.id,
      score: 1.5,
      reason: "引文段落對,但缺第三點。",
    });
    const after = await load();
    expect(after.gradingQueue.map((q) => q.studentId)).toEqual([S1]);
    expect(row(after, S2)).toMatchObject({ status: "graded", score: 3 + 1.5 });
    expect(row(after, S2).answers.find((a) => a.itemId === short.id)).toMatchObject({
      score: 1.5,
      teacherScore: 1.5,
      overrideReason: "引文段落對,但缺第三點。",
    });
  });

  it("finds nothing for another teacher", async () => {
    const other = await t.db.user.create({
      data: { role: "TEACHER", loginName: `other-${provider}@x.test`, displayName: "別班老師", passwordHash: "x" },
    });
    expect(await loadQuizResults(t.db, other.id, ASSIGNMENT)).toBeNull();
    expect(await loadQuizResults(t.db, TEACHER, "no-such-assignment")).toBeNull();
  });
});
