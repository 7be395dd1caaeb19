import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { parseItem, saveAnswer, startAttempt, submitAttempt } from "./attempts";
import type { QuizItem } from "./items";
import { loadQuizResults } from "./results";
import { loadAttemptForStudent, loadFeedback, loadStudentQuiz } from "./student-quiz";

const ASSIGNMENT = "demo-assignment-h20";
const [S1, S2] = ["demo-student-1", "demo-student-2"];
const TEACHER = "demo-teacher";

/** The right answer for an item, as a student would send it. */
function rightAnswer(item: QuizItem): unknown {
  if (item.type === "short") return "兩種解讀都有文本根據……";
  if (item.type === "paragraph") return item.answer[0];
  return item.answer;
}

describe.each(TEST_PROVIDERS)("quiz attempts on %s", (provider) => {
  let t: TestDatabase;
  let items: { id: string; item: QuizItem }[];
  let quizId: string;
  const byType = (type: QuizItem["type"]) => items.find((i) => i.item.type === type)!;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    quizId = (await t.db.quiz.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } })).id;
    const rows = await t.db.quizItem.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    items = rows.map((r) => ({ id: r.id, item: parseItem(r.content) }));
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    await t.db.quizAttempt.deleteMany();
    await t.db.quiz.update({
      where: { id: quizId },
      data: {
        attemptsAllowed: 1,
        timeLimitMinutes: null,
        lateWorkAllowed: false,
        release: "on_submit",
        releasedAt: null,
      },
    });
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: null, quizEnabled: true } });
    await t.db.quizAccommodation.deleteMany();
  });

  it("starts one attempt, even when two tabs start at once", async () => {
    const [a, b] = await Promise.all([startAttempt(t.db, S1, ASSIGNMENT), startAttempt(t.db, S1, ASSIGNMENT)]);
    expect(a.id).toBe(b.id);
    expect((await startAttempt(t.db, S1, ASSIGNMENT)).id).toBe(a.id);
    expect(await t.db.quizAttempt.count({ where: { userId: S1 } })).toBe(1);
  });

  it.each([1, 2])(
    "gives two tabs one attempt whichever read the other tab's start lands after (%i allowed)",
    async (allowed) => {
      await t.db.quiz.update({ where: { id: quizId }, data: { attemptsAllowed: allowed } });
      // Forces the interleavings a burst only sometimes produces (it failed CI once on PostgreSQL): the other
      // tab starts its attempt right after this tab's first read of attempts, then after its second.
      for (const readsBefore of [1, 2]) {
        await t.db.quizAttempt.deleteMany();
        let reads = 0;
        let otherTab: Awaited<ReturnType<typeof startAttempt>> | undefined;
        const afterRead = async <T>(result: Promise<T>) => {
          const value = await result;
          if (++reads === readsBefore) otherTab = await startAttempt(t.db, S1, ASSIGNMENT);
          return value;
        };
        const attempts = new Proxy(t.db.quizAttempt, {
          get(target, key, receiver) {
            if (key === "count") return (args: Parameters<typeof target.count>[0]) => afterRead(target.count(args));
            if (key === "findFirst")
              return (args: Parameters<typeof target.findFirst>[0]) => afterRead(target.findFirst(args));
            return Reflect.get(target, key, receiver);
          },
        });
        const thisTab = await startAttempt(
          new Proxy(t.db, { get: (db, key) => (key === "quizAttempt" ? attempts : Reflect.get(db, key)) }),
          S1,
          ASSIGNMENT,
        );
        expect(otherTab?.id).toBeDefined();
        expect(thisTab.id).toBe(otherTab?.id);
        expect(await t.db.quizAttempt.count({ where: { userId: S1 } })).toBe(1);
      }
    },
  );

  it("counts an answer whose save crossed a submit from another tab", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const single = byType("single");
    // The other tab submits (and grades) after this save's checks but before its write.
    let submitted = false;
    const answers = new Proxy(t.db.quizAnswer, {
      get(target, key, receiver) {
        if (key !== "create" || submitted) return Reflect.get(target, key, receiver);
        return async (args: Parameters<typeof target.create>[0]) => {
          submitted = true;
          await submitAttempt(t.db, S1, attempt.id);
          return target.create(args);
        };
      },
    });
    const thisTab = new Proxy(t.db, { get: (db, key) => (key === "quizAnswer" ? answers : Reflect.get(db, key)) });
    await saveAnswer(thisTab, S1, {
      attemptId: attempt.id,
      itemId: single.id,
      value: rightAnswer(single.item),
      clientSeq: 1,
    });
    expect(submitted).toBe(true);
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "graded",
      score: single.item.points,
    });
  });

  it("keeps the newest save of an answer, whatever order the saves arrive in", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const single = byType("single");
    const [first, second] = single.item.type === "single" ? single.item.options.map((o) => o.key) : [];
    const save = (value: unknown, clientSeq: number, secondsLater: number) =>
      saveAnswer(
        t.db,
        S1,
        { attemptId: attempt.id, itemId: single.id, value, clientSeq },
        new Date(attempt.startedAt.getTime() + secondsLater * 1000),
      );
    expect(await save(second, 2, 1)).not.toHaveProperty("kept");
    // Late and older (from this tab's queue, or a tab that was behind): not taken, and the reply says what is kept.
    expect(await save(first, 1, 2)).toMatchObject({ kept: { value: second, seq: 2 } });
    const replayed = await save(second, 2, 3);
    expect(replayed).not.toHaveProperty("kept");
    const stored = await t.db.quizAnswer.findMany({ where: { attemptId: attempt.id } });
    expect(stored.map((a) => [JSON.parse(a.value), a.clientSeq])).toEqual([[second, 2]]);
    // The time the student was told it was saved is the time stored, read back as the same instant.
    expect(stored[0]!.savedAt.toISOString()).toBe(replayed.savedAt.toISOString());
  });

  it("refuses answers of the wrong shape, unknown options, foreign paragraphs and oversized text, storing nothing", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const save = (itemId: string, value: unknown) =>
      saveAnswer(t.db, S1, { attemptId: attempt.id, itemId, value, clientSeq: 1 });
    await expectFailure(save(byType("single").id, ["a"]), "answerInvalid");
    await expectFailure(save(byType("single").id, "zz"), "answerInvalid");
    await expectFailure(save(byType("multiple").id, ["a", "a"]), "answerInvalid");
    await expectFailure(save(byType("true_false").id, "true"), "answerInvalid");
    await expectFailure(save(byType("classify").id, { type: "rumour", verdict: "supported" }), "answerInvalid");
    await expectFailure(save(byType("paragraph").id, "not-a-paragraph"), "answerInvalid");
    // A real paragraph, but of another reading.
    const other = await t.db.reading.create({
      data: { title: "另一篇", language: "zh-Hant", paragraphs: { create: { position: 1, text: "別的文章。" } } },
      include: { paragraphs: true },
    });
    await expectFailure(save(byType("paragraph").id, other.paragraphs[0]!.id), "answerInvalid");
    await t.db.reading.delete({ where: { id: other.id } });
    await expectFailure(save(byType("short").id, "字".repeat(5001)), "answerTooLong");
    await expectFailure(save("no-such-item", "a"), "answerInvalid");
    expect(await t.db.quizAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it("refuses a save into another student's attempt", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    await expectFailure(
      saveAnswer(t.db, S2, { attemptId: attempt.id, itemId: byType("true_false").id, value: true, clientSeq: 1 }),
      "notFound",
    );
    expect(await t.db.quizAnswer.count()).toBe(0);
  });

  it("grades on submit: every auto-graded item right, the short answer waiting for the teacher", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    for (const { id, item } of items)
      await saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: id, value: rightAnswer(item), clientSeq: 1 });
    const graded = await submitAttempt(t.db, S1, attempt.id);
    const max = items.reduce((sum, i) => sum + i.item.points, 0);
    const shortPoints = items.filter((i) => i.item.type === "short").reduce((sum, i) => sum + i.item.points, 0);
    expect(graded).toMatchObject({ status: "submitted", score: max - shortPoints, maxScore: max });
  });

  it("records exactly one submission from two tabs, and nothing after it", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    await saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: byType("true_false").id, value: true, clientSeq: 1 });
    const results = await Promise.allSettled([
      submitAttempt(t.db, S1, attempt.id),
      submitAttempt(t.db, S1, attempt.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expectFailure(
      saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: byType("true_false").id, value: false, clientSeq: 2 }),
      "alreadySubmitted",
    );
    await expectFailure(startAttempt(t.db, S1, ASSIGNMENT), "noAttemptsLeft");
    expect(await t.db.quizAttempt.count({ where: { userId: S1, status: { not: "in_progress" } } })).toBe(1);
  });

  it("closes at the due date unless late work is allowed; an attempt open then is handed in with what was saved", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const minutes = (n: number) => new Date(attempt.startedAt.getTime() + n * 60_000);
    const tf = byType("true_false");
    await saveAnswer(
      t.db,
      S1,
      { attemptId: attempt.id, itemId: tf.id, value: rightAnswer(tf.item), clientSeq: 1 },
      minutes(5),
    );
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: minutes(10) } });
    await expectFailure(
      saveAnswer(
        t.db,
        S1,
        { attemptId: attempt.id, itemId: tf.id, value: !rightAnswer(tf.item), clientSeq: 2 },
        minutes(11),
      ),
      "quizClosed",
    );
    await expectFailure(submitAttempt(t.db, S1, attempt.id, minutes(11)), "quizClosed");
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "graded",
      score: tf.item.points,
      submittedAt: minutes(10),
    });
    await expectFailure(startAttempt(t.db, S2, ASSIGNMENT, minutes(11)), "quizClosed");
    await t.db.quiz.update({ where: { id: quizId }, data: { lateWorkAllowed: true } });
    const late = await startAttempt(t.db, S2, ASSIGNMENT, minutes(11));
    await expect(submitAttempt(t.db, S2, late.id, minutes(12))).resolves.toMatchObject({
      status: "graded",
      submittedAt: minutes(12),
    });
  });

  it("ends an attempt at the due date when that comes before its time limit, and a submit after it records that moment", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { timeLimitMinutes: 30 } });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const minutes = (n: number) => new Date(attempt.startedAt.getTime() + n * 60_000);
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: minutes(10) } });
    expect((await loadStudentQuiz(t.db, S1, ASSIGNMENT, minutes(5)))?.deadline).toEqual(minutes(10));
    await expectFailure(submitAttempt(t.db, S1, attempt.id, minutes(12)), "quizClosed");
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "graded",
      submittedAt: minutes(10),
    });
  });

  it("takes a submit sent after the time limit as handed in at the limit, once, whoever claims it first", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { timeLimitMinutes: 10 } });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const minutes = (n: number) => new Date(attempt.startedAt.getTime() + n * 60_000);
    const [submitted, read] = await Promise.all([
      submitAttempt(t.db, S1, attempt.id, minutes(12)),
      loadStudentQuiz(t.db, S1, ASSIGNMENT, minutes(12)),
    ]);
    expect(submitted).toMatchObject({ id: attempt.id, submittedAt: minutes(10) });
    expect(read?.inProgress ?? null).toBeNull();
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      status: "graded",
      submittedAt: minutes(10),
    });
  });

  it("enforces a time limit, with a student's extra time", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { timeLimitMinutes: 10 } });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const in15 = new Date(attempt.startedAt.getTime() + 15 * 60_000);
    const save = (at: Date) =>
      saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: byType("true_false").id, value: true, clientSeq: 1 }, at);
    await expectFailure(save(in15), "timeUp");
    await t.db.quizAccommodation.create({ data: { quizId, userId: S1, extraMinutes: 10 } });
    await expect(save(in15)).resolves.toBeTruthy();
  });

  it("hands in an attempt left open past its time limit, with the answers saved in time, when the student comes back", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { timeLimitMinutes: 10 } });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const minutes = (n: number) => new Date(attempt.startedAt.getTime() + n * 60_000);
    const single = byType("single");
    await saveAnswer(
      t.db,
      S1,
      { attemptId: attempt.id, itemId: single.id, value: rightAnswer(single.item), clientSeq: 1 },
      minutes(5),
    );
    expect((await loadStudentQuiz(t.db, S1, ASSIGNMENT, minutes(9)))?.inProgress?.id).toBe(attempt.id);
    const state = await loadStudentQuiz(t.db, S1, ASSIGNMENT, minutes(11));
    expect(state?.inProgress).toBeNull();
    expect(state?.submitted).toMatchObject({
      id: attempt.id,
      status: "graded",
      score: single.item.points,
      submittedAt: minutes(10),
    });
    expect(state?.handedInAtEnd).toBe(true);
    // Handed in once: the next read changes nothing.
    await loadStudentQuiz(t.db, S1, ASSIGNMENT, minutes(12));
    expect(await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).toMatchObject({
      submittedAt: minutes(10),
    });
  });

  it("hands in attempts still open at the due date (late work off) when the teacher looks at the results", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const due = new Date(attempt.startedAt.getTime() + 60 * 60_000);
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: due } });
    const single = byType("single");
    await saveAnswer(t.db, S1, {
      attemptId: attempt.id,
      itemId: single.id,
      value: rightAnswer(single.item),
      clientSeq: 1,
    });
    const before = await loadQuizResults(t.db, TEACHER, ASSIGNMENT, new Date(due.getTime() - 1000));
    expect(before?.students.find((r) => r.studentId === S1)).toMatchObject({
      status: "in_progress",
      score: null,
      handedInAtEnd: false,
    });
    const after = await loadQuizResults(t.db, TEACHER, ASSIGNMENT, new Date(due.getTime() + 1000));
    expect(after?.students.find((r) => r.studentId === S1)).toMatchObject({
      status: "graded",
      score: single.item.points,
      submittedAt: due,
      handedInAtEnd: true,
    });
  });

  it("leaves an attempt open past the due date when late work is allowed", async () => {
    await t.db.quiz.update({ where: { id: quizId }, data: { lateWorkAllowed: true } });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const due = new Date(attempt.startedAt.getTime() + 60_000);
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: due } });
    const state = await loadStudentQuiz(t.db, S1, ASSIGNMENT, new Date(due.getTime() + 60 * 60_000));
    expect(state?.inProgress?.id).toBe(attempt.id);
  });

  it("refuses to start or save while the quiz is switched off or not yet open", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const save = () =>
      saveAnswer(t.db, S1, { attemptId: attempt.id, itemId: byType("true_false").id, value: true, clientSeq: 1 });
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { quizEnabled: false } });
    expect(await loadStudentQuiz(t.db, S1, ASSIGNMENT)).toBeNull();
    await expectFailure(startAttempt(t.db, S2, ASSIGNMENT), "notFound");
    await expectFailure(save(), "notFound");
    await expectFailure(submitAttempt(t.db, S1, attempt.id), "notFound");
    await t.db.assignment.update({
      where: { id: ASSIGNMENT },
      data: { quizEnabled: true, opensAt: new Date(Date.now() + 60 * 60_000) },
    });
    expect(await loadStudentQuiz(t.db, S1, ASSIGNMENT)).toBeNull();
    await expectFailure(startAttempt(t.db, S2, ASSIGNMENT), "notFound");
    await expectFailure(save(), "notFound");
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { opensAt: new Date("2025-07-16T00:00:00Z") } });
    await expect(save()).resolves.toBeTruthy();
    expect((await loadStudentQuiz(t.db, S1, ASSIGNMENT))?.inProgress?.id).toBe(attempt.id);
  });

  it("holds the key, explanations and cited paragraphs back while the student may try again", async () => {
    await t.db.quiz.update({
      where: { id: quizId },
      data: { attemptsAllowed: 2, release: "on_submit", betweenAttempts: "items" },
    });
    const single = byType("single");
    const short = byType("short");
    const answerAndSubmit = async () => {
      const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
      await saveAnswer(t.db, S1, {
        attemptId: attempt.id,
        itemId: single.id,
        value: rightAnswer(single.item),
        clientSeq: 1,
      });
      await saveAnswer(t.db, S1, {
        attemptId: attempt.id,
        itemId: short.id,
        value: rightAnswer(short.item),
        clientSeq: 1,
      });
      await submitAttempt(t.db, S1, attempt.id);
      const state = (await loadStudentQuiz(t.db, S1, ASSIGNMENT))!;
      const feedback = await loadFeedback(
        t.db,
        S1,
        attempt,
        LIBRARY_READING_ID,
        state.released && state.keyWait === null,
      );
      return { state, of: (id: string) => feedback.find((f) => f.id === id)! };
    };
    const first = await answerAndSubmit();
    expect(first.state).toMatchObject({
      released: true,
      keyWait: "lastAttempt",
      itemFeedback: true,
      attemptsLeft: 1,
      handedInAtEnd: false,
    });
    expect(first.of(single.id)).toMatchObject({ correct: true, score: single.item.points });
    for (const field of ["key", "explanation", "paragraphs"]) expect(first.of(single.id)).not.toHaveProperty(field);
    const second = await answerAndSubmit();
    expect(second.state).toMatchObject({ keyWait: null, attemptsLeft: 0 });
    expect(second.of(single.id)).toMatchObject({ key: rightAnswer(single.item), explanation: single.item.explanation });
    // A short answer's explanation waits for the teacher's grade.
    expect(second.of(short.id)).toMatchObject({ score: null });
    expect(second.of(short.id)).not.toHaveProperty("explanation");
  });

  it("by default shows only the score while the student may try again, and every item's verdict after the last", async () => {
    // The tests share one quiz, and the one before chose "items".
    await t.db.quiz.update({
      where: { id: quizId },
      data: { attemptsAllowed: 2, release: "on_submit", betweenAttempts: "score" },
    });
    const handIn = async () => {
      const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
      await submitAttempt(t.db, S1, attempt.id);
      return loadStudentQuiz(t.db, S1, ASSIGNMENT);
    };
    expect(await handIn()).toMatchObject({ released: true, keyWait: "lastAttempt", itemFeedback: false });
    expect(await handIn()).toMatchObject({ released: true, keyWait: null, itemFeedback: true });
  });

  it("with results after the due date and late work allowed, shows scores at the due date but the key only once released by hand", async () => {
    await t.db.quiz.update({
      where: { id: quizId },
      data: { release: "after_due", lateWorkAllowed: true, releasedAt: null },
    });
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    await submitAttempt(t.db, S1, attempt.id);
    const due = new Date(Date.now() - 60_000);
    await t.db.assignment.update({ where: { id: ASSIGNMENT }, data: { dueAt: due } });
    expect(await loadStudentQuiz(t.db, S1, ASSIGNMENT)).toMatchObject({ released: true, keyWait: "lateWork" });
    await t.db.quiz.update({ where: { id: quizId }, data: { releasedAt: new Date() } });
    expect(await loadStudentQuiz(t.db, S1, ASSIGNMENT)).toMatchObject({ released: true, keyWait: null });
  });

  it("is not open to a student of another class", async () => {
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", loginName: `out-${provider}`, displayName: "外", passwordHash: "x" },
    });
    await expectFailure(startAttempt(t.db, outsider.id, ASSIGNMENT), "notFound");
    expect(await loadStudentQuiz(t.db, outsider.id, ASSIGNMENT)).toBeNull();
  });

  it("shows a student's page only their own answers, and nothing once their class is archived", async () => {
    const attempt = await startAttempt(t.db, S1, ASSIGNMENT);
    const single = byType("single");
    await saveAnswer(t.db, S1, {
      attemptId: attempt.id,
      itemId: single.id,
      value: rightAnswer(single.item),
      clientSeq: 1,
    });
    expect((await loadAttemptForStudent(t.db, S1, attempt, LIBRARY_READING_ID)).saved).toEqual({
      [single.id]: { value: rightAnswer(single.item), seq: 1 },
    });
    expect((await loadAttemptForStudent(t.db, S2, attempt, LIBRARY_READING_ID)).saved).toEqual({});
    // Feedback is for handed-in attempts only.
    expect(await loadFeedback(t.db, S1, attempt, LIBRARY_READING_ID, true)).toSatisfy((f: { given: unknown }[]) =>
      f.every((i) => i.given === null),
    );
    const { classroomId } = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
    await t.db.classroom.update({ where: { id: classroomId }, data: { archived: true } });
    try {
      expect(await loadStudentQuiz(t.db, S1, ASSIGNMENT)).toBeNull();
    } finally {
      await t.db.classroom.update({ where: { id: classroomId }, data: { archived: false } });
    }
  });
});
