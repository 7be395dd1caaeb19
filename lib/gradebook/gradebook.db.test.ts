import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment } from "@/lib/assignments/assignments";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { currentItems } from "@/lib/quiz/item-bank";
import { markAsRead, recordProgress } from "@/lib/readings/progress";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { debatePostWriter } from "@/lib/testing/debate-posts";
import { rightAnswer } from "@/lib/testing/quiz-answers";
import { loadGradebook } from "./gradebook";

const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";
const [S1, S2, S3] = ["demo-student-1", "demo-student-2", "demo-student-3"];

describe.each(TEST_PROVIDERS)("the gradebook (%s)", (provider) => {
  let t: TestDatabase;
  let assignmentId: string;
  let readingOnlyId: string;
  const cellOf = async (studentId: string, id: string) => {
    const book = (await loadGradebook(t.db, TEACHER, CLASSROOM))!;
    const index = book.assignments.findIndex((a) => a.id === id);
    return book.rows.find((r) => r.studentId === studentId)!.cells[index]!;
  };

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    const parts = { opensAt: new Date("2026-01-05T00:00:00Z"), instructions: "" };
    assignmentId = (
      await createAssignment(t.db, TEACHER, {
        classroomId: CLASSROOM,
        readingId: LIBRARY_READING_ID,
        title: "全部",
        ...parts,
        readingEnabled: true,
        quizEnabled: true,
        debateEnabled: true,
      })
    ).id;
    readingOnlyId = (
      await createAssignment(t.db, TEACHER, {
        classroomId: CLASSROOM,
        readingId: LIBRARY_READING_ID,
        title: "只讀",
        ...parts,
        opensAt: new Date("2026-01-06T00:00:00Z"),
        readingEnabled: true,
        quizEnabled: false,
        debateEnabled: false,
      })
    ).id;
    // S1 marks it read and hands in the quiz with one item right; S2 reads half and is still answering.
    await markAsRead(t.db, S1, { assignmentId, read: true });
    const paragraphs = await t.db.readingParagraph.count({ where: { readingId: LIBRARY_READING_ID } });
    await recordProgress(t.db, S2, { assignmentId, position: Math.round(paragraphs / 2) });
    const [first] = await currentItems(t.db, LIBRARY_READING_ID);
    const a1 = await startAttempt(t.db, S1, assignmentId);
    await saveAnswer(t.db, S1, { attemptId: a1.id, itemId: first!.id, value: rightAnswer(first!.item), clientSeq: 1 });
    await submitAttempt(t.db, S1, a1.id);
    await startAttempt(t.db, S2, assignmentId);
    // S1 has a seat with two rubric criteria scored, one argument and two replies (one of them hidden).
    const debate = await t.db.debate.findUniqueOrThrow({ where: { assignmentId } });
    await t.db.debateParticipant.create({
      data: { debateId: debate.id, userId: S1, pseudonymIndex: 0, side: "first", rubricClaim: 3, rubricEvidence: 4 },
    });
    const post = debatePostWriter(t.db, debate.id);
    const argument = await post(S1, { side: "first" });
    await post(S1, { kind: "support", parentId: argument.id });
    await post(S1, { kind: "question", parentId: argument.id, hidden: "離題" });
  });
  afterAll(() => t?.drop());

  it("has a row per student and a column group per assignment, oldest first, with the parts that are on", async () => {
    const book = (await loadGradebook(t.db, TEACHER, CLASSROOM))!;
    expect(book.rows.map((r) => r.studentId).sort()).toEqual([S1, S2, S3]);
    const mine = book.assignments.filter((a) => a.id === assignmentId || a.id === readingOnlyId);
    expect(mine.map((a) => a.title)).toEqual(["全部", "只讀"]);
    expect(mine[1]!.parts).toEqual({ reading: true, quiz: false, debate: false });
    expect(await cellOf(S1, readingOnlyId)).toEqual({
      reading: { opened: false, percent: 0, read: false },
      quiz: null,
      debate: null,
    });
  });

  it("shows what each student read, their latest attempt's score and their board", async () => {
    const { maxScore: max } = await t.db.quizAttempt.findFirstOrThrow({ where: { userId: S1 } });
    expect(await cellOf(S1, assignmentId)).toEqual({
      reading: { opened: true, percent: 0, read: true },
      quiz: { status: "graded", score: 1, maxScore: max },
      debate: { rubricTotal: 7, rubricMax: 16, arguments: 1, replies: 2 },
    });
    const s2 = await cellOf(S2, assignmentId);
    expect(s2.reading).toEqual({ opened: true, percent: 50, read: false });
    expect(s2.quiz).toMatchObject({ status: "in_progress", score: null });
    expect(s2.debate).toEqual({ rubricTotal: null, rubricMax: 16, arguments: 0, replies: 0 });
    expect((await cellOf(S3, assignmentId)).quiz).toEqual({ status: "not_started", score: null, maxScore: null });
  });

  it("narrows to one enrolled student, and shows nothing to another teacher or of a student not in the class", async () => {
    const one = (await loadGradebook(t.db, TEACHER, CLASSROOM, { studentId: S2 }))!;
    expect(one.rows.map((r) => r.studentId)).toEqual([S2]);
    const stranger = await t.db.user.create({
      data: { role: "STUDENT", loginName: `stranger-${provider}`, displayName: "外班", passwordHash: "x" },
    });
    expect((await loadGradebook(t.db, TEACHER, CLASSROOM, { studentId: stranger.id }))!.rows).toEqual([]);
    const other = await t.db.user.create({
      data: { role: "TEACHER", loginName: `other-${provider}@x.test`, displayName: "別班老師", passwordHash: "x" },
    });
    expect(await loadGradebook(t.db, other.id, CLASSROOM)).toBeNull();
    expect(await loadGradebook(t.db, S1, CLASSROOM)).toBeNull();
  });
});
