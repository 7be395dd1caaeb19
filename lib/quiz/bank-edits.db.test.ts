import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReading } from "@/lib/readings/authoring";
import { createReadingSchema } from "@/lib/readings/authoring-schema";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { addItem, duplicateItem, editItem, moveItem } from "./bank-edits";
import { currentItems, itemBank } from "./item-bank";
import type { EditedItem } from "./item-form";

const TEACHER = "demo-teacher";

const trueFalse = (prompt: string, paragraphs: string[] = []): EditedItem => ({
  type: "true_false",
  prompt: { zhHant: prompt, en: "" },
  paragraphs,
  explanation: { zhHant: "", en: "" },
  points: 1,
  answer: true,
});

describe.each(TEST_PROVIDERS)("the item editor's writes on %s", (provider) => {
  let t: TestDatabase;
  let other: string;
  let readingId: string;
  let paragraphs: { id: string; position: number }[];

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
    other = (
      await t.db.user.create({
        data: { role: "TEACHER", displayName: "陳老師", loginName: "chen@test", email: "chen@test", passwordHash: "x" },
      })
    ).id;
    readingId = (
      await createReading(
        t.db,
        TEACHER,
        createReadingSchema.parse({ title: "編輯題目", language: "auto", text: "台積電在新竹。\n\n晶片很重要。" }),
      )
    ).id;
    paragraphs = await t.db.readingParagraph.findMany({ where: { readingId }, orderBy: { position: "asc" } });
  });
  afterAll(() => t?.drop());

  const keys = async () => (await currentItems(t.db, readingId)).map((i) => `${i.key}:${i.item.prompt.zhHant}`);

  it("adds items with new keys; checks cited paragraphs and quotations against the text; only its teacher may", async () => {
    await expectFailure(addItem(t.db, other, readingId, trueFalse("一")), "notFound");
    await addItem(t.db, TEACHER, readingId, trueFalse("第1段說「台積電在新竹」。", [paragraphs[0]!.id]));
    await addItem(t.db, TEACHER, readingId, trueFalse("二"));
    await expectFailure(
      addItem(t.db, TEACHER, readingId, trueFalse("三", ["no-such-paragraph"])),
      "paragraphNotInReading",
    );
    await expectFailure(addItem(t.db, TEACHER, readingId, trueFalse("文中說「台積電在台南」。")), "quoteNotInText");
    // Quoted from ¶2 but in ¶1: the quotation must be where the item says it is.
    await expectFailure(
      addItem(t.db, TEACHER, readingId, trueFalse("第2段說「台積電在新竹」。", [paragraphs[1]!.id])),
      "quoteNotInText",
    );
    await expectFailure(
      addItem(t.db, TEACHER, readingId, { ...trueFalse("四"), type: "single", options: [], answer: "a" }),
      "itemIncomplete",
    );
    expect(await keys()).toEqual(["q01:第1段說「台積電在新竹」。", "q02:二"]);
  });

  it("duplicates right after the original and moves items; only its teacher may", async () => {
    const [first] = await currentItems(t.db, readingId);
    await expectFailure(duplicateItem(t.db, other, readingId, first!.id), "notFound");
    await duplicateItem(t.db, TEACHER, readingId, first!.id);
    expect(await keys()).toEqual(["q01:第1段說「台積電在新竹」。", "q03:第1段說「台積電在新竹」。", "q02:二"]);
    const last = (await currentItems(t.db, readingId)).at(-1)!;
    await expectFailure(moveItem(t.db, other, readingId, last.id, -1), "notFound");
    await moveItem(t.db, TEACHER, readingId, last.id, -1);
    await moveItem(t.db, TEACHER, readingId, last.id, -1);
    await moveItem(t.db, TEACHER, readingId, last.id, -1); // already first: nothing moves
    expect(await keys()).toEqual(["q02:二", "q01:第1段說「台積電在新竹」。", "q03:第1段說「台積電在新竹」。"]);
  });

  it("moves from two tabs at once each apply to the order as it is, never to a stale one", async () => {
    const [first, second] = await currentItems(t.db, readingId);
    // Both moves start from the same order (as two tabs, or two server processes, would see it).
    await Promise.all([
      moveItem(t.db, TEACHER, readingId, first!.id, 1),
      moveItem(t.db, TEACHER, readingId, second!.id, 1),
    ]);
    const rows = await t.db.quizItem.findMany({ where: { readingId, retiredAt: null }, select: { position: true } });
    expect(new Set(rows.map((r) => r.position)).size).toBe(rows.length);
  });

  // PostgreSQL only: SQLite runs one transaction at a time. Here the other move holds the reading's items while
  // this one starts: it must wait and read the order the other left, not swap the positions it read before.
  if (provider === "postgresql")
    it("a move waits for another move of the same reading's items, then applies to the order it left", async () => {
      const [a, b] = await currentItems(t.db, readingId);
      let holding!: () => void;
      const held = new Promise<void>((resolve) => (holding = resolve));
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const otherMove = t.db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "QuizItem" WHERE "readingId" = ${readingId} FOR UPDATE`;
        holding();
        await finished;
        await tx.quizItem.updateMany({ where: { readingId, key: a!.key }, data: { position: b!.position } });
        await tx.quizItem.updateMany({ where: { readingId, key: b!.key }, data: { position: a!.position } });
      });
      await held;
      const move = moveItem(t.db, TEACHER, readingId, b!.id, 1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      finish();
      await Promise.all([otherMove, move]);
      const rows = await t.db.quizItem.findMany({ where: { readingId, retiredAt: null }, select: { position: true } });
      expect(new Set(rows.map((r) => r.position)).size).toBe(rows.length);
    });

  it("edits an item before any quiz began; a second save of the same version is refused", async () => {
    const item = (await currentItems(t.db, readingId)).find((i) => i.key === "q02")!;
    await expectFailure(editItem(t.db, other, readingId, item.id, trueFalse("改")), "notFound");
    const saved = await editItem(t.db, TEACHER, readingId, item.id, trueFalse("二，改過"));
    expect(saved.revised).toBe(false);
    await expectFailure(editItem(t.db, TEACHER, readingId, item.id, trueFalse("另一個分頁")), "itemChanged");
    expect(await keys()).toContain("q02:二，改過");
  });

  it("once a quiz began, an edit is a new revision and the answered one stays with its answers", async () => {
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: "demo-class",
        readingId,
        title: "編輯作業",
        opensAt: new Date(),
        quizEnabled: true,
        quiz: { create: {} },
      },
      include: { quiz: true },
    });
    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    await t.db.quizAttempt.create({ data: { quizId: assignment.quiz!.id, userId: student.userId, number: 1 } });
    const item = (await currentItems(t.db, readingId)).find((i) => i.key === "q02")!;
    const saved = await editItem(t.db, TEACHER, readingId, item.id, trueFalse("二，第三版"));
    expect(saved.revised).toBe(true);
    await expectFailure(editItem(t.db, TEACHER, readingId, item.id, trueFalse("另一個分頁")), "itemChanged");
    const revisions = (await itemBank(t.db, readingId)).filter((i) => i.key === "q02");
    expect(revisions.map((r) => [r.item.prompt.zhHant, r.retiredAt === null, r.addedAt !== null])).toEqual([
      ["二", false, true],
      ["二，改過", false, true],
      ["二，第三版", true, true],
    ]);
  });
});
