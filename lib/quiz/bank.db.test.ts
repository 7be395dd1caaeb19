import pg from "pg";
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

  /** A reading of the teacher's with one item, assigned to the demo class with a quiz, and a student in it. */
  const assignedItem = async (title: string) => {
    const reading = await createReading(
      t.db,
      TEACHER,
      createReadingSchema.parse({ title, language: "auto", text: "台積電在新竹。" }),
    );
    await addBankItems(t.db, TEACHER, reading.id, [single("r01", "台積電在哪裡？")]);
    const [item] = await currentItems(t.db, reading.id);
    const assignment = await t.db.assignment.create({
      data: {
        classroomId: "demo-class",
        readingId: reading.id,
        title: `${title}作業`,
        opensAt: new Date(Date.now() - 60_000),
        quizEnabled: true,
        quiz: { create: {} },
      },
    });
    const { userId } = await t.db.enrollment.findFirstOrThrow({ where: { classroomId: "demo-class" } });
    const answer = async () => {
      const attempt = await startAttempt(t.db, userId, assignment.id);
      await saveAnswer(t.db, userId, { attemptId: attempt.id, itemId: item!.id, value: "a", clientSeq: 1 });
    };
    return { readingId: reading.id, itemId: item!.id, answer };
  };

  it("archives an item, and keeps the answer, when a student starts the quiz and answers it just as it is taken out", async () => {
    const { readingId, itemId, answer } = await assignedItem("同時");
    // After the teacher's request has found the item, before it decides between deleting and archiving.
    const tab = aroundCall(t.db, "quizItem", "findFirst", "after", answer);
    expect(await removeBankItem(tab.db, TEACHER, readingId, itemId)).toBe("archived");
    expect(tab.state.ran).toBe(true);
    expect(await t.db.quizAnswer.count({ where: { itemId } })).toBe(1);
  });

  // On SQLite a write transaction has the whole database to itself: no statement waits for a row.
  if (provider === "postgresql")
    it("keeps an answer saved while the teacher's delete waits for the item's row (another tab moving the items)", async () => {
      const { readingId, itemId, answer } = await assignedItem("等候");
      const otherTab = new pg.Client({ connectionString: t.target.url });
      await otherTab.connect();
      try {
        // As duplicating an item does: the rows after it are updated, their keys untouched.
        await otherTab.query("BEGIN");
        await otherTab.query(`SELECT "id" FROM "QuizItem" WHERE "id" = $1 FOR NO KEY UPDATE`, [itemId]);
        const removing = removeBankItem(t.db, TEACHER, readingId, itemId);
        await untilSomeoneWaitsForALock(otherTab);
        await answer(); // its foreign-key check does not wait for that lock
        await otherTab.query("COMMIT");
        expect(await removing).toBe("archived");
      } finally {
        await otherTab.end();
      }
      expect(await t.db.quizAnswer.count({ where: { itemId } })).toBe(1);
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

async function untilSomeoneWaitsForALock(client: pg.Client) {
  for (let i = 0; i < 100; i++) {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("nobody waited for the lock");
}
