import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { listMyHighlights } from "./highlights";
import { readMyHighlights, readStudentReader } from "./reader-rows";

const ASSIGNMENT = "demo-assignment-h20";

describe.each(TEST_PROVIDERS)("the reader page's reads (%s)", (provider) => {
  let t: TestDatabase;
  let studentId: string;
  let classmateId: string;
  const glossarySetting = (glossaryDuringQuiz: boolean) =>
    t.db.quiz.update({ where: { assignmentId: ASSIGNMENT }, data: { glossaryDuringQuiz } });
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    studentId = (await t.db.user.findFirstOrThrow({ where: { loginName: "student1" } })).id;
    classmateId = (await t.db.user.findFirstOrThrow({ where: { loginName: "student2" } })).id;
  });
  afterAll(() => t?.drop());

  it("gives the assignment to a student of its class, with no progress before the first open", async () => {
    const read = await readStudentReader(t.db, studentId, ASSIGNMENT);
    expect(read?.assignment).toMatchObject({ id: ASSIGNMENT, readingEnabled: true, quizEnabled: true });
    expect(read?.progress).toBeNull();
    expect(read?.glossaryHeldBack).toBe(false);
  });

  it("gives the student's progress row once there is one", async () => {
    const lastActivityAt = new Date("2026-12-01T09:00:00Z");
    await t.db.readingProgress.create({
      data: { assignmentId: ASSIGNMENT, userId: studentId, furthestPosition: 4, lastActivityAt },
    });
    const read = await readStudentReader(t.db, studentId, ASSIGNMENT);
    expect(read?.progress).toEqual({ furthestPosition: 4, markedReadAt: null, lastActivityAt });
    expect((await readStudentReader(t.db, classmateId, ASSIGNMENT))?.progress).toBeNull(); // only their own
  });

  it("gives nothing to a student of another class, a teacher, or anyone once the class is archived", async () => {
    const outsider = await t.db.user.create({
      data: { role: "STUDENT", loginName: "outsider", displayName: "X", passwordHash: "-" },
    });
    expect(await readStudentReader(t.db, outsider.id, ASSIGNMENT)).toBeNull();
    const teacher = await t.db.user.findFirstOrThrow({ where: { role: "TEACHER" } });
    expect(await readStudentReader(t.db, teacher.id, ASSIGNMENT)).toBeNull();
    expect(await readStudentReader(t.db, studentId, "no-such-assignment")).toBeNull();
    const { classroomId } = await t.db.assignment.findUniqueOrThrow({ where: { id: ASSIGNMENT } });
    await t.db.classroom.update({ where: { id: classroomId }, data: { archived: true } });
    try {
      expect(await readStudentReader(t.db, studentId, ASSIGNMENT)).toBeNull();
    } finally {
      await t.db.classroom.update({ where: { id: classroomId }, data: { archived: false } });
    }
  });

  it("holds the glossary back during the student's attempt when the teacher switches it off, until they hand in", async () => {
    const quiz = await t.db.quiz.findUniqueOrThrow({ where: { assignmentId: ASSIGNMENT } });
    const attempt = await t.db.quizAttempt.create({ data: { quizId: quiz.id, userId: studentId, number: 1 } });
    const heldBack = async (userId: string) => (await readStudentReader(t.db, userId, ASSIGNMENT))?.glossaryHeldBack;
    expect(await heldBack(studentId)).toBe(false); // shown by default, even during an attempt
    await glossarySetting(false);
    try {
      expect(await heldBack(studentId)).toBe(true);
      expect(await heldBack(classmateId)).toBe(false); // no attempt of theirs
      await t.db.quizAttempt.update({
        where: { id: attempt.id },
        data: { status: "submitted", submittedAt: new Date() },
      });
      expect(await heldBack(studentId)).toBe(false);
    } finally {
      await glossarySetting(true);
    }
  });

  it("gives the student's own highlights in reading order, as the model query does", async () => {
    const paragraphs = await t.db.readingParagraph.findMany({
      where: { reading: { assignments: { some: { id: ASSIGNMENT } } } },
      orderBy: { position: "asc" },
      take: 3,
    });
    const [first, second, third] = paragraphs;
    const add = (userId: string, paragraphId: string, start: number) =>
      t.db.highlight.create({
        data: { assignmentId: ASSIGNMENT, userId, paragraphId, start, end: start + 2, quote: "引文", note: `${start}` },
      });
    await add(studentId, third!.id, 0);
    await add(studentId, first!.id, 5);
    await add(studentId, first!.id, 1);
    await add(studentId, second!.id, 0);
    await add(classmateId, first!.id, 0);
    const rows = await readMyHighlights(t.db, studentId, ASSIGNMENT);
    expect(rows.map((h) => [h.position, h.start])).toEqual([
      [first!.position, 1],
      [first!.position, 5],
      [second!.position, 0],
      [third!.position, 0],
    ]);
    const modelRows = await listMyHighlights(t.db, studentId, ASSIGNMENT);
    expect(rows).toEqual(modelRows.map(({ paragraph, ...h }) => ({ ...h, position: paragraph.position })));
  });
});
