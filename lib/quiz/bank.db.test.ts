import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReading } from "@/lib/readings/authoring";
import { createReadingSchema } from "@/lib/readings/authoring-schema";
import { seedDemo } from "@/lib/seed/demo";
import { aroundCall } from "@/lib/testing/around-call";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { expectFailure } from "@/lib/testing/expect-failure";
import { saveAnswer, startAttempt } from "./attempts";
import { addBankItems, listBank, removeBankItem } from "./bank";
import { importBankFile } from "./bank-files";
import { currentItems } from "./item-bank";
import { quizItemSchema } from "./items";

const TEACHER = "demo-teacher";

const single = (key: string, prompt: string) =>
  quizItemSchema.parse({
    key,
    type: "single",
    prompt: { zhHant: prompt },
    paragraphs: [],
    explanation: {},
    options: [
      { key: "a", zhHant: "對" },
      { key: "b", zhHant: "錯" },
    ],
    answer: "a",
  });

describe.each(TEST_PROVIDERS)("a reading's question bank on %s", (provider) => {
  let t: TestDatabase;
  let other: string;
  let readingId: string;

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
        createReadingSchema.parse({ title: "題庫", language: "auto", text: "台積電在新竹。" }),
      )
    ).id;
  });
  afterAll(() => t?.drop());

  it("adds items written in one language, all at the end, keys kept unique; only the reading's teacher may", async () => {
    await expectFailure(addBankItems(t.db, other, readingId, [single("g01", "台積電在哪裡？")]), "notFound");
    expect(await addBankItems(t.db, TEACHER, readingId, [single("g01", "台積電在哪裡？")])).toBe(1);
    await addBankItems(t.db, TEACHER, readingId, [single("g01", "新竹在哪裡？"), single("g02", "第三題")]);
    const bank = await listBank(t.db, TEACHER, readingId);
    expect(bank?.items.map((i) => [i.key, i.item.prompt.zhHant])).toEqual([
      ["g01", "台積電在哪裡？"],
      ["g01-2", "新竹在哪裡？"],
      ["g02", "第三題"],
    ]);
    expect(await listBank(t.db, other, readingId)).toBeNull(); // a private reading's bank is not found
    // The teacher sees each item's key, to check it before assigning.
    expect(bank?.items[0]?.answerKey).toEqual([{ kind: "options", options: [{ key: "a", zhHant: "對", en: "" }] }]);
  });

  it("imports a bank file whole into the teacher's own reading only; another teacher learns nothing of the bank", async () => {
    const gift = "::g02:: 新竹在台灣嗎？ {T}\n\n::q9:: 第二題 {=對 ~錯}";
    const input = { format: "gift" as const, language: "zhHant" as const, text: gift };
    await expectFailure(importBankFile(t.db, other, readingId, input), "notFound");
    const result = await importBankFile(t.db, TEACHER, readingId, input);
    expect(result).toEqual({ ok: true, added: 2 });
    await removeBankItem(t.db, TEACHER, readingId, (await currentItems(t.db, readingId)).at(-1)!.id);
    await removeBankItem(t.db, TEACHER, readingId, (await currentItems(t.db, readingId)).at(-1)!.id);
  });

  it("deletes an item while no quiz has begun, archives it after; only the reading's teacher may", async () => {
    const [first, second] = await currentItems(t.db, readingId);
    await expectFailure(removeBankItem(t.db, other, readingId, first!.id), "notFound");
    expect(await removeBankItem(t.db, TEACHER, readingId, first!.id)).toBe("deleted");
    expect(await t.db.quizItem.count({ where: { id: first!.id } })).toBe(0);

    const assignment = await t.db.assignment.create({
      data: {
        classroomId: "demo-class",
        readingId,
        title: "題庫作業",
        opensAt: new Date(),
        quizEnabled: true,
        quiz: { create: {} },
      },
      include: { quiz: true },
    });
    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    await t.db.quizAttempt.create({ data: { quizId: assignment.quiz!.id, userId: student.userId, number: 1 } });
    expect(await removeBankItem(t.db, TEACHER, readingId, second!.id)).toBe("archived");
    expect((await t.db.quizItem.findUniqueOrThrow({ where: { id: second!.id } })).retiredAt).not.toBeNull();
    expect((await listBank(t.db, TEACHER, readingId))?.items.map((i) => i.key)).toEqual(["g02"]);
    await expectFailure(removeBankItem(t.db, TEACHER, readingId, second!.id), "notFound"); // already out
  });

  it("archives an item, and keeps the answer, when a student starts the quiz and answers it just as it is taken out", async () => {
    const reading = await createReading(
      t.db,
      TEACHER,
      createReadingSchema.parse({ title: "同時", language: "auto", text: "台積電在新竹。" }),
    );
    await addBankItems(t.db, TEACHER, reading.id, [single("r01", "台積電在哪裡？")]);
    const [item] = await currentItems(t.db, reading.id);
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: "demo-class",
        readingId: reading.id,
        title: "同時作業",
        opensAt: new Date(Date.now() - 60_000),
        quizEnabled: true,
        quiz: { create: {} },
      },
    });
    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    // After the teacher's request has found the item, before it decides between deleting and archiving.
    const tab = aroundCall(t.db, "quizItem", "findFirst", "after", async () => {
      const attempt = await startAttempt(t.db, student.userId, assignment.id);
      await saveAnswer(t.db, student.userId, { attemptId: attempt.id, itemId: item!.id, value: "a", clientSeq: 1 });
    });
    expect(await removeBankItem(tab.db, TEACHER, reading.id, item!.id)).toBe("archived");
    expect(tab.state.ran).toBe(true);
    expect(await t.db.quizAnswer.count({ where: { itemId: item!.id } })).toBe(1);
  });

  it("has nothing to start while the bank is empty", async () => {
    const empty = await createReading(
      t.db,
      TEACHER,
      createReadingSchema.parse({ title: "空題庫", language: "auto", text: "一段文字。" }),
    );
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: "demo-class",
        readingId: empty.id,
        title: "空題庫作業",
        opensAt: new Date(Date.now() - 60_000),
        quizEnabled: true,
        quiz: { create: {} },
      },
    });
    const student = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    await expectFailure(startAttempt(t.db, student.userId, assignment.id), "quizEmpty");
    expect(await t.db.quizAttempt.count({ where: { quiz: { assignmentId: assignment.id } } })).toBe(0);
  });
});
