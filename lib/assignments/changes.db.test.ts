import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTeacher } from "@/lib/accounts/accounts";
import { saveAnswer, startAttempt, submitAttempt } from "@/lib/quiz/attempts";
import { currentItems } from "@/lib/quiz/item-bank";
import { markAsRead } from "@/lib/readings/progress";
import { seedDemo } from "@/lib/seed/demo";
import { LIBRARY_READING_ID } from "@/lib/seed/library";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { rightAnswer } from "@/lib/testing/quiz-answers";
import { createAssignment, findChangeableAssignment } from "./assignments";
import { deleteAssignment } from "./delete-assignment";
import { duplicateAssignment } from "./duplicate-assignment";
import { countStudentWork } from "./student-work";
import { updateAssignment } from "./update-assignment";

const CLASSROOM = "demo-class";
const TEACHER = "demo-teacher";
const STUDENT = "demo-student-1";
const copyTitle = (title: string) => `${title}（副本）`;

const fields = {
  title: "第二週：再讀一次",
  instructions: "找出三個數字並查證。",
  opensAt: new Date("2026-09-01T00:00:00Z"),
  dueAt: new Date("2030-09-08T00:00:00Z"),
  readingEnabled: true,
  quizEnabled: true,
  debateEnabled: true,
};

describe.each(TEST_PROVIDERS)("changing, copying and deleting assignments (%s)", (provider) => {
  let t: TestDatabase;
  let assignmentId: string;
  let otherTeacherId: string;
  let secondClassId: string;
  let archivedClassId: string;

  /** The student reads it, takes and hands in the quiz, and posts on the board. */
  async function studentWorks(id: string) {
    await markAsRead(t.db, STUDENT, { assignmentId: id, read: true });
    const attempt = await startAttempt(t.db, STUDENT, id);
    const [first] = await currentItems(t.db, LIBRARY_READING_ID);
    await saveAnswer(t.db, STUDENT, {
      attemptId: attempt.id,
      itemId: first!.id,
      value: rightAnswer(first!.item),
      clientSeq: 1,
    });
    await submitAttempt(t.db, STUDENT, attempt.id);
    const debate = await t.db.debate.findUniqueOrThrow({ where: { assignmentId: id } });
    await t.db.debatePost.create({
      data: { debateId: debate.id, authorId: STUDENT, kind: "argument", side: "first", body: "美方撐不住了。" },
    });
  }

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    otherTeacherId = (
      await createTeacher(t.db, {
        email: `li-${provider}@school.tw`,
        displayName: "李老師",
        password: "close-reading-2025",
      })
    ).id;
    secondClassId = (await t.db.classroom.create({ data: { name: "高二乙", joinCode: "SECOND2", ownerId: TEACHER } }))
      .id;
    archivedClassId = (
      await t.db.classroom.create({ data: { name: "去年的班", joinCode: "LASTYR1", ownerId: TEACHER, archived: true } })
    ).id;
  });
  afterAll(() => t?.drop());
  beforeEach(async () => {
    assignmentId = (
      await createAssignment(t.db, TEACHER, { classroomId: CLASSROOM, readingId: LIBRARY_READING_ID, ...fields })
    ).id;
  });

  it("changes dates, wording and parts after students started, keeping their work and grades", async () => {
    await studentWorks(assignmentId);
    const before = await countStudentWork(t.db, TEACHER, assignmentId);
    expect(before).toEqual({ readers: 1, highlights: 0, quizAttempts: 1, handedIn: 1, debatePosts: 1 });
    const graded = await t.db.quizAttempt.findFirstOrThrow({ where: { quiz: { assignmentId } } });

    const dueAt = new Date("2030-09-15T00:00:00Z");
    await updateAssignment(t.db, TEACHER, {
      assignmentId,
      ...fields,
      title: "改過的標題",
      dueAt,
      debateEnabled: false,
    });
    const after = await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    expect(after).toMatchObject({ title: "改過的標題", dueAt, debateEnabled: false, readingId: LIBRARY_READING_ID });
    expect(await countStudentWork(t.db, TEACHER, assignmentId)).toEqual(before);
    expect(await t.db.quizAttempt.findFirstOrThrow({ where: { id: graded.id } })).toEqual(graded);

    // No due date any more: cleared, not left as it was.
    await updateAssignment(t.db, TEACHER, { assignmentId, ...fields, dueAt: undefined });
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).dueAt).toBeNull();
  });

  it("refuses a change by another teacher, by a student, or in an archived class, and changes nothing", async () => {
    const before = await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const change = { assignmentId, ...fields, title: "不該出現" };
    await expectFailure(updateAssignment(t.db, otherTeacherId, change), "notFound");
    await expectFailure(updateAssignment(t.db, STUDENT, change), "notFound");
    expect(await findChangeableAssignment(t.db, otherTeacherId, assignmentId)).toBeNull();
    expect(await findChangeableAssignment(t.db, TEACHER, assignmentId)).not.toBeNull();
    await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: true } });
    try {
      expect(await findChangeableAssignment(t.db, TEACHER, assignmentId)).toBeNull();
      await expectFailure(updateAssignment(t.db, TEACHER, change), "notFound");
      await expectFailure(deleteAssignment(t.db, TEACHER, assignmentId), "notFound");
    } finally {
      await t.db.classroom.update({ where: { id: CLASSROOM }, data: { archived: false } });
    }
    expect(await t.db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toEqual(before);
  });

  it("copies an assignment with its settings but no student's work, into this class or another", async () => {
    await t.db.quiz.update({
      where: { assignmentId },
      data: {
        attemptsAllowed: 3,
        timeLimitMinutes: 20,
        release: "manual",
        releasedAt: new Date(),
        glossaryDuringQuiz: false,
      },
    });
    await t.db.debate.update({
      where: { assignmentId },
      data: {
        motion: "H20 是陷阱",
        sideLabels: JSON.stringify({ first: "被迫", second: "刻意" }),
        steelman: true,
        anonymous: true,
        phase: "closed",
      },
    });
    await studentWorks(assignmentId);
    // Which items it asks, chosen after the student's attempt (which keeps its own).
    await t.db.quiz.update({
      where: { assignmentId },
      data: { itemSelection: "random", randomCount: 5, orderByParagraph: true },
    });

    const here = await duplicateAssignment(t.db, TEACHER, { assignmentId, classroomId: CLASSROOM }, copyTitle);
    const there = await duplicateAssignment(t.db, TEACHER, { assignmentId, classroomId: secondClassId }, copyTitle);
    for (const { id } of [here, there]) {
      const copy = await t.db.assignment.findUniqueOrThrow({ where: { id }, include: { quiz: true, debate: true } });
      expect(copy).toMatchObject({ readingId: LIBRARY_READING_ID, dueAt: fields.dueAt, quizEnabled: true });
      expect(copy.quiz).toMatchObject({
        attemptsAllowed: 3,
        timeLimitMinutes: 20,
        release: "manual",
        releasedAt: null,
        itemSelection: "random",
        randomCount: 5,
        orderByParagraph: true,
      });
      expect(copy.quiz!.glossaryDuringQuiz).toBe(false);
      expect(copy.debate).toMatchObject({
        motion: "H20 是陷阱",
        sideLabels: JSON.stringify({ first: "被迫", second: "刻意" }),
        steelman: true,
        anonymous: true,
        phase: "opening",
      });
      expect(await countStudentWork(t.db, TEACHER, id)).toEqual({
        readers: 0,
        highlights: 0,
        quizAttempts: 0,
        handedIn: 0,
        debatePosts: 0,
      });
    }
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: here.id } })).title).toBe(copyTitle(fields.title));
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: there.id } })).classroomId).toBe(secondClassId);
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: there.id } })).title).toBe(fields.title);
  });

  it("copies from an archived class, never into one, nor from or into another teacher's class", async () => {
    const old = await t.db.assignment.create({
      data: {
        classroomId: archivedClassId,
        readingId: LIBRARY_READING_ID,
        ...fields,
        quiz: { create: {} },
        debate: { create: {} },
      },
    });
    const copy = await duplicateAssignment(t.db, TEACHER, { assignmentId: old.id, classroomId: CLASSROOM }, copyTitle);
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: copy.id } })).classroomId).toBe(CLASSROOM);
    const count = await t.db.assignment.count();
    await expectFailure(
      duplicateAssignment(t.db, TEACHER, { assignmentId, classroomId: archivedClassId }, copyTitle),
      "notFound",
      "classroomId",
    );
    await expectFailure(
      duplicateAssignment(t.db, otherTeacherId, { assignmentId, classroomId: CLASSROOM }, copyTitle),
      "notFound",
    );
    const foreignClass = await t.db.classroom.create({
      data: { name: "李老師的班", joinCode: `LI${provider.slice(0, 4).toUpperCase()}`, ownerId: otherTeacherId },
    });
    await expectFailure(
      duplicateAssignment(t.db, TEACHER, { assignmentId, classroomId: foreignClass.id }, copyTitle),
      "notFound",
      "classroomId",
    );
    expect(await t.db.assignment.count()).toBe(count);
  });

  it("deletes an assignment with all its students' work; another teacher or a student cannot", async () => {
    await studentWorks(assignmentId);
    await expectFailure(deleteAssignment(t.db, otherTeacherId, assignmentId), "notFound");
    await expectFailure(deleteAssignment(t.db, STUDENT, assignmentId), "notFound");
    expect(await countStudentWork(t.db, TEACHER, assignmentId)).not.toBeNull();

    expect(await deleteAssignment(t.db, TEACHER, assignmentId)).toEqual({ classroomId: CLASSROOM });
    expect(await t.db.assignment.count({ where: { id: assignmentId } })).toBe(0);
    expect(await t.db.readingProgress.count({ where: { assignmentId } })).toBe(0);
    expect(await t.db.quizAttempt.count({ where: { quiz: { assignmentId } } })).toBe(0);
    expect(await t.db.debatePost.count({ where: { debate: { assignmentId } } })).toBe(0);
    expect(await t.db.quizAnswer.count({ where: { attempt: { userId: STUDENT, quiz: { assignmentId } } } })).toBe(0);
    await expectFailure(deleteAssignment(t.db, TEACHER, assignmentId), "notFound"); // sent twice: already gone
  });
});
