import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { aroundCall } from "@/lib/testing/around-call";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { saveAnswer, startAttempt, submitAttempt } from "./attempts";
import { currentItems } from "./item-bank";
import { getQuizSettings, saveQuizItems } from "./settings";

const ASSIGNMENT = "demo-assignment-h20";
const TEACHER = "demo-teacher";

describe.each(TEST_PROVIDERS)("quiz settings on %s", (provider) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(() => t?.drop());

  it("creates the missing quiz row once, even when two tabs open the settings at once", async () => {
    // An assignment made before quizzes: no quiz row yet.
    await t.db.quiz.deleteMany({ where: { assignmentId: ASSIGNMENT } });
    // The other tab creates the row after this tab found none and before this tab's insert.
    let otherTab: Promise<unknown> | undefined;
    const tab = aroundCall(
      t.db,
      "quiz",
      "create",
      "before",
      () => (otherTab = getQuizSettings(t.db, TEACHER, ASSIGNMENT)),
    );
    const thisTab = await getQuizSettings(tab.db, TEACHER, ASSIGNMENT);
    expect(otherTab).toBeDefined();
    expect(thisTab).toMatchObject({ assignmentId: ASSIGNMENT, attemptsAllowed: 1, accommodations: [] });
    expect(await t.db.quiz.count({ where: { assignmentId: ASSIGNMENT } })).toBe(1);
  });

  it("answers notFound to another teacher and creates nothing", async () => {
    await t.db.quiz.deleteMany({ where: { assignmentId: ASSIGNMENT } });
    const other = await t.db.user.create({
      data: {
        role: "TEACHER",
        loginName: "other@school.test",
        email: "other@school.test",
        displayName: "Other",
        passwordHash: "x",
      },
    });
    await expectFailure(getQuizSettings(t.db, other.id, ASSIGNMENT), "notFound");
    expect(await t.db.quiz.count({ where: { assignmentId: ASSIGNMENT } })).toBe(0);
  });

  it("asks the items the teacher chose; attempts keep theirs when the choice changes; other teachers get notFound", async () => {
    const readingId = (await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } })).readingId;
    const [first, , third] = await currentItems(t.db, readingId);
    const input = {
      assignmentId: ASSIGNMENT,
      itemSelection: "chosen" as const,
      chosenKeys: [third!.key, first!.key, "not-in-bank"],
      randomCount: 0,
      orderByParagraph: false,
    };
    const other = await t.db.user.findFirstOrThrow({ where: { loginName: "other@school.test" } });
    await expectFailure(saveQuizItems(t.db, other.id, input), "notFound");
    await expectFailure(
      saveQuizItems(t.db, TEACHER, { ...input, chosenKeys: ["not-in-bank"] }),
      "chooseItems",
      "chosen",
    );
    await expectFailure(
      saveQuizItems(t.db, TEACHER, { ...input, itemSelection: "random", randomCount: 999 }),
      "randomCountInvalid",
      "randomCount",
    );
    await saveQuizItems(t.db, TEACHER, input);
    expect(await getQuizSettings(t.db, TEACHER, ASSIGNMENT)).toMatchObject({
      itemSelection: "chosen",
      chosenKeys: JSON.stringify([first!.key, third!.key]),
    });

    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    const attempt = await startAttempt(t.db, student.userId, ASSIGNMENT);
    expect(JSON.parse(attempt.itemKeys)).toEqual([first!.key, third!.key]);
    // An item not in this attempt cannot be answered; the attempt is graded out of its own items only.
    const second = (await currentItems(t.db, readingId))[1]!;
    const save = { attemptId: attempt.id, itemId: second.id, value: true, clientSeq: 1 };
    await expectFailure(saveAnswer(t.db, student.userId, save), "answerInvalid");
    await saveQuizItems(t.db, TEACHER, { ...input, itemSelection: "all" });
    await submitAttempt(t.db, student.userId, attempt.id);
    const graded = await t.db.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(graded.maxScore).toBe(first!.item.points + third!.item.points);
  });
});
