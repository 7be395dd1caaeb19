import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listStudentAssignments } from "@/lib/assignments/queries";
import { listTeacherClassrooms } from "@/lib/classes/classrooms";
import { ITEM_TYPES, quizItemSchema } from "@/lib/quiz/items";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { DEMO, isDatabaseEmpty, seedDemo } from "./demo";
import { LIBRARY_READING_ID, seedLibrary } from "./library";

describe.each(TEST_PROVIDERS)("demo seed on %s", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(() => t?.drop());

  it("fills an empty database and is idempotent", async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    await seedDemo(t.db);
    await seedDemo(t.db);
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    expect(await t.db.user.count()).toBe(1 + DEMO.students.length);
    expect(await t.db.classroom.count()).toBe(1);
    expect(await t.db.enrollment.count()).toBe(3);
    expect(await t.db.readingParagraph.count()).toBe(34);
    expect(await t.db.assignment.count()).toBe(1);
    expect(await t.db.glossaryTerm.count()).toBeGreaterThanOrEqual(15);
  });

  it("seeds the article's quiz: at least 14 valid items of every type, citing paragraphs that exist", async () => {
    const items = await t.db.quizItem.findMany({
      where: { readingId: LIBRARY_READING_ID },
      orderBy: { position: "asc" },
    });
    expect(items.length).toBeGreaterThanOrEqual(14);
    const parsed = items.map((i) => quizItemSchema.parse(JSON.parse(i.content)));
    expect(new Set(parsed.map((i) => i.type))).toEqual(new Set(ITEM_TYPES));
    const paragraphIds = new Set(
      (await t.db.readingParagraph.findMany({ where: { readingId: LIBRARY_READING_ID } })).map((p) => p.id),
    );
    for (const item of parsed) {
      for (const id of item.paragraphs) expect(paragraphIds).toContain(id);
      if (item.type === "paragraph") for (const id of item.answer) expect(paragraphIds).toContain(id);
    }
  });

  it("puts the article in the shared library (no owner), so every teacher can assign it", async () => {
    const reading = await t.db.reading.findUniqueOrThrow({ where: { id: LIBRARY_READING_ID } });
    expect(reading.createdById).toBeNull();
    await seedLibrary(t.db);
    expect(await t.db.reading.count()).toBe(1);
  });

  it("keeps the article's paragraphs in order with stable ids", async () => {
    const paragraphs = await t.db.readingParagraph.findMany({ orderBy: { position: "asc" }, take: 2 });
    expect(paragraphs.map((p) => [p.id, p.position])).toEqual([
      ["h20-p01", 1],
      ["h20-p02", 2],
    ]);
    expect(paragraphs[0]?.text).toMatch(/^導語:7月15日/);
  });

  it("scopes the homes: the demo teacher sees the class, a student of another class sees no assignment", async () => {
    const teacher = await t.db.user.findUniqueOrThrow({ where: { loginName: DEMO.teacher.login } });
    expect((await listTeacherClassrooms(t.db, teacher.id)).map((c) => c.joinCode)).toEqual([DEMO.classroom.joinCode]);
    const student = await t.db.user.findUniqueOrThrow({ where: { loginName: "student1" } });
    expect((await listStudentAssignments(t.db, student.id)).map((a) => a.title)).toEqual([
      "美國為何晶片鬆口:中國芯“狼來了”?",
    ]);

    const outsider = await t.db.user.create({
      data: { role: "STUDENT", loginName: "outsider", displayName: "O", passwordHash: "x" },
    });
    const otherClass = await t.db.classroom.create({
      data: { name: "Other", joinCode: "OTHER2", ownerId: teacher.id },
    });
    await t.db.enrollment.create({ data: { userId: outsider.id, classroomId: otherClass.id } });
    expect(await listStudentAssignments(t.db, outsider.id)).toEqual([]);
    expect(await listTeacherClassrooms(t.db, outsider.id)).toEqual([]);
  });
});
