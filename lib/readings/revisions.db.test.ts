import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssignment, listAssignableReadings } from "@/lib/assignments/assignments";
import { duplicateAssignment } from "@/lib/assignments/duplicate-assignment";
import { addItem } from "@/lib/quiz/bank-edits";
import { currentItems } from "@/lib/quiz/item-bank";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { createReading, listLibrary } from "./authoring";
import { createReadingSchema, updateReadingSchema } from "./authoring-schema";
import { addTerm } from "./glossary-authoring";
import { addTermSchema } from "./glossary-schema";
import { carryParagraphs, moveToNewestRevision, newestRevision, updateReading } from "./revisions";

const TEACHER = "demo-teacher";
const TEXT = "台積電在新竹。\n\n晶片需要光刻機。\n\n記憶體需求成長。";

describe("carryParagraphs", () => {
  const p = (id: string, position: number, text: string) => ({ id, position, text });
  it("follows a paragraph's words first, then its position; a paragraph with neither goes nowhere", () => {
    const before = [p("a", 1, "甲"), p("b", 2, "乙"), p("c", 3, "丙"), p("d", 4, "丁")];
    const after = [p("x", 1, "新的開頭"), p("y", 2, "甲"), p("z", 3, "丙，改過")];
    // 甲 moved to ¶2; 丙 was corrected in place; ¶2 (乙) and ¶4 (丁) are gone: their places are taken or empty.
    expect(Object.fromEntries(carryParagraphs(before, after))).toEqual({ a: "y", c: "z" });
  });
});

describe.each(TEST_PROVIDERS)("editing a reading on %s", (provider) => {
  let t: TestDatabase;
  let other: string;
  let readingId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    other = (
      await t.db.user.create({
        data: { role: "TEACHER", displayName: "李老師", loginName: "li@test", email: "li@test", passwordHash: "x" },
      })
    ).id;
    readingId = (
      await createReading(t.db, TEACHER, createReadingSchema.parse({ title: "晶片", language: "auto", text: TEXT }))
    ).id;
  });
  afterAll(() => t?.drop());

  const edit = (id: string, version: number, text: string) =>
    updateReadingSchema.parse({
      readingId: id,
      version: String(version),
      title: "晶片（修訂）",
      language: "auto",
      text,
    });
  const paragraphs = (id: string) =>
    t.db.readingParagraph.findMany({ where: { readingId: id }, orderBy: { position: "asc" } });

  it("edits an unassigned reading in place, keeping paragraph ids; a stale tab and another teacher are refused", async () => {
    const before = await paragraphs(readingId);
    await expectFailure(updateReading(t.db, other, edit(readingId, 1, TEXT)), "notFound");
    expect(await updateReading(t.db, TEACHER, edit(readingId, 1, `${TEXT}\n\n# 結語`))).toEqual({
      readingId,
      revised: false,
    });
    await expectFailure(updateReading(t.db, TEACHER, edit(readingId, 1, "另一個分頁的版本")), "readingChanged");
    const after = await paragraphs(readingId);
    expect(after.slice(0, 3).map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(after.map((p) => [p.text, p.heading])).toEqual([
      ["台積電在新竹。", false],
      ["晶片需要光刻機。", false],
      ["記憶體需求成長。", false],
      ["結語", true],
    ]);
    const reading = await t.db.reading.findUniqueOrThrow({ where: { id: readingId } });
    expect([reading.title, reading.version, reading.revision]).toEqual(["晶片（修訂）", 2, 1]);
  });

  it("in place, the items' cited paragraphs follow their words when a paragraph is inserted above them", async () => {
    const { id } = await createReading(
      t.db,
      TEACHER,
      createReadingSchema.parse({ title: "插入", language: "auto", text: "第一段。\n第二段有光刻機。" }),
    );
    const [, second] = await paragraphs(id);
    await addItem(t.db, TEACHER, id, {
      type: "paragraph",
      prompt: { zhHant: "哪一段提到「光刻機」？", en: "" },
      paragraphs: [],
      explanation: { zhHant: "", en: "" },
      points: 1,
      answer: [second!.id],
    });
    await updateReading(t.db, TEACHER, edit(id, 1, "新的開頭。\n第一段。\n第二段有光刻機。"));
    const now = await paragraphs(id);
    const [item] = await currentItems(t.db, id);
    expect(item!.item).toMatchObject({ answer: [now[2]!.id] });
    expect(now[2]!.text).toBe("第二段有光刻機。");
  });

  it("once assigned, saves the next revision with the glossary and items carried; the assignment keeps its words", async () => {
    const [p1, p2] = await paragraphs(readingId);
    await addTerm(
      t.db,
      TEACHER,
      addTermSchema.parse({ readingId, term: "光刻機", explanationZhHant: "把電路圖案印到晶圓上的機器。" }),
    );
    await addItem(t.db, TEACHER, readingId, {
      type: "paragraph",
      prompt: { zhHant: "哪一段提到光刻機？", en: "" },
      paragraphs: [p2!.id],
      explanation: { zhHant: "", en: "" },
      points: 1,
      answer: [p2!.id],
    });
    const assignment = await createAssignment(t.db, TEACHER, {
      classroomId: "demo-class",
      readingId,
      title: "晶片",
      instructions: "",
      opensAt: new Date(),
      readingEnabled: true,
      quizEnabled: true,
      debateEnabled: false,
    });
    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    await t.db.highlight.create({
      data: {
        assignmentId: assignment.id,
        userId: student.userId,
        paragraphId: p1!.id,
        start: 0,
        end: 3,
        quote: "台積電",
      },
    });

    // A word added at the start of ¶1 and ¶2 moved down by a new paragraph.
    const text = "新竹的台積電很大。\n\n前言。\n\n晶片需要光刻機。\n\n記憶體需求成長。\n\n# 結語";
    const saved = await updateReading(t.db, TEACHER, edit(readingId, 2, text));
    expect(saved.revised).toBe(true);
    await expectFailure(updateReading(t.db, TEACHER, edit(readingId, 2, text)), "readingChanged"); // the old one is frozen

    const next = await t.db.reading.findUniqueOrThrow({ where: { id: saved.readingId }, include: { glossary: true } });
    expect([next.revision, next.firstRevisionId, next.createdById, next.supersededAt]).toEqual([
      2,
      readingId,
      TEACHER,
      null,
    ]);
    expect(next.glossary.map((g) => g.term)).toEqual(["光刻機"]);
    const newParagraphs = await paragraphs(next.id);
    const [item] = await currentItems(t.db, next.id);
    expect(item!.item).toMatchObject({ paragraphs: [newParagraphs[2]!.id], answer: [newParagraphs[2]!.id] });

    // The assignment, its highlight and the old words stay as they were.
    const kept = await t.db.assignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(kept.readingId).toBe(readingId);
    expect((await paragraphs(readingId)).map((p) => p.text)[0]).toBe("台積電在新竹。");
    expect(await t.db.highlight.count({ where: { paragraphId: p1!.id } })).toBe(1);

    // The library and the assignment form offer the newest revision only.
    const mine = (await listLibrary(t.db, TEACHER)).mine.map((r) => r.id);
    expect(mine).toContain(next.id);
    expect(mine).not.toContain(readingId);
    expect((await listAssignableReadings(t.db, TEACHER)).map((r) => r.id)).not.toContain(readingId);

    // Students have worked on it: it stays. A new assignment made on the old revision before anyone opened it moves.
    await expectFailure(moveToNewestRevision(t.db, TEACHER, assignment.id), "assignmentHasWork");
    const untouched = await t.db.assignment.create({
      data: { classroomId: "demo-class", readingId, title: "還沒開始", opensAt: new Date() },
    });
    await expectFailure(moveToNewestRevision(t.db, other, untouched.id), "notFound");
    await moveToNewestRevision(t.db, TEACHER, untouched.id);
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: untouched.id } })).readingId).toBe(next.id);

    // Another teacher never learns of a private revision, even from an earlier one's id.
    expect(await newestRevision(t.db, TEACHER, { id: readingId, firstRevisionId: null })).toMatchObject({
      id: next.id,
    });
    expect(await newestRevision(t.db, other, { id: readingId, firstRevisionId: null })).toBeNull();

    // A copy of the assignment is a new one: on the newest revision.
    const copy = await duplicateAssignment(
      t.db,
      TEACHER,
      { assignmentId: assignment.id, classroomId: "demo-class" },
      (x) => x,
    );
    expect((await t.db.assignment.findUniqueOrThrow({ where: { id: copy.id } })).readingId).toBe(next.id);
  });
});
