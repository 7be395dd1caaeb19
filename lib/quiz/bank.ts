import { assignableReading, ownReading } from "@/lib/access";
import { type Db, isPostgres } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { keyViews } from "./answer-view";
import { currentItems, forgetItemBank, quizBegun, quizBegunSql } from "./item-bank";
import type { QuizItem } from "./items";

/**
 * A reading's question bank as its teachers manage it: the items now in it, items added from a bank file,
 * and items taken out. Items are never edited or deleted under an answer (decision 0023): one that has
 * answers is archived (retired), and its attempts keep it and their grades. Every query names the teacher.
 */

/** The items now in the bank of a reading this teacher may open (theirs, shared or the library's), or null. */
export async function listBank(db: Db, teacherId: string, readingId: string) {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...assignableReading(teacherId) },
    select: {
      id: true,
      title: true,
      language: true,
      createdById: true,
      paragraphs: { select: { id: true, position: true } },
    },
  });
  if (!reading) return null;
  const items = await currentItems(db, reading.id);
  const answered = await db.quizAnswer.groupBy({
    by: ["itemId"],
    where: { itemId: { in: items.map((i) => i.id) } },
    _count: { _all: true },
  });
  const answers = new Map(answered.map((a) => [a.itemId, a._count._all]));
  const position = new Map(reading.paragraphs.map((p) => [p.id, p.position]));
  return {
    reading: {
      id: reading.id,
      title: reading.title,
      language: reading.language,
      own: reading.createdById === teacherId,
    },
    items: items.map((i) => ({
      id: i.id,
      key: i.key,
      item: i.item,
      answers: answers.get(i.id) ?? 0,
      cited: i.item.paragraphs.flatMap((id) => position.get(id) ?? []),
      // The teacher checks the key here before assigning (only teachers reach a bank: assignableReading).
      answerKey: keyViews(i.item, position),
    })),
  };
}

/**
 * Adds items (parsed from a bank file) to the end of one of the teacher's own readings' bank, all or none.
 * Keys are the file's, made unique among every key the bank has ever had. If a student has started a quiz on
 * this reading, the items join from now on: attempts already started keep the items they began with.
 */
export async function addBankItems(
  db: Db,
  teacherId: string,
  readingId: string,
  items: readonly QuizItem[],
  now = new Date(),
) {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId) },
    select: { id: true },
  });
  if (!reading) fail("notFound");
  const [rows, started] = await Promise.all([
    db.quizItem.findMany({ where: { readingId }, select: { key: true, position: true } }),
    quizBegun(db, readingId),
  ]);
  const taken = new Set(rows.map((r) => r.key));
  const last = Math.max(0, ...rows.map((r) => r.position));
  const data = items.map((item, i) => {
    const key = freeKey(item.key, taken);
    taken.add(key);
    const stored = { ...item, key };
    return {
      readingId,
      key,
      revision: 1,
      position: last + i + 1,
      type: item.type,
      content: JSON.stringify(stored),
      addedAt: started ? now : null,
    };
  });
  await db.quizItem.createMany({ data });
  forgetItemBank(db, readingId);
  return data.length;
}

/**
 * Takes an item out of one of the teacher's own readings: deleted while no quiz on the reading has begun,
 * else archived (retired), so attempts that include it keep it, answered or not, and their grades.
 */
export async function removeBankItem(db: Db, teacherId: string, readingId: string, itemId: string, now = new Date()) {
  const item = await db.quizItem.findFirst({
    where: { id: itemId, retiredAt: null, reading: { id: readingId, ...ownReading(teacherId) } },
    select: { id: true },
  });
  if (!item) fail("notFound");
  const deleted = await deleteIfNoQuizBegun(db, item.id, readingId);
  if (!deleted) {
    const { count } = await db.quizItem.updateMany({
      where: { id: item.id, retiredAt: null },
      data: { retiredAt: now },
    });
    if (count === 0) fail("notFound"); // taken out from another tab meanwhile
  }
  forgetItemBank(db, readingId);
  return deleted ? "deleted" : "archived";
}

/**
 * Deletes the item if it has no answer and no quiz on its reading has begun; true if it did. Checked first and
 * deleted after, a student starting the quiz and answering the item in between would lose that answer to the
 * delete's cascade. So the check is in the DELETE itself, and on PostgreSQL the item's row is locked first: a
 * statement sees what was committed when it began, and a DELETE that began and then waited for the row (another
 * tab moving the items) would not see an answer saved meanwhile, as its foreign-key check does not wait for that
 * lock. With the row locked, an answer is either committed before the DELETE begins, and seen, or its
 * foreign-key check waits for the delete and then finds no item: refused, never acknowledged and then lost. On
 * SQLite a write transaction has the whole database to itself.
 */
async function deleteIfNoQuizBegun(db: Db, itemId: string, readingId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (isPostgres(db)) await tx.$queryRaw`SELECT "id" FROM "QuizItem" WHERE "id" = ${itemId} FOR UPDATE`;
    const deleted = await tx.$queryRaw<{ id: string }[]>`
      DELETE FROM "QuizItem"
      WHERE "id" = ${itemId} AND "retiredAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "QuizAnswer" WHERE "itemId" = ${itemId})
        AND NOT ${quizBegunSql(readingId)}
      RETURNING "id"`;
    return deleted.length > 0;
  });
}

/** `key`, or the first "key-2", "key-3" … not yet used (keys stay within the schema's 16 characters). */
function freeKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let n = 2; ; n++) {
    const candidate = `${key.slice(0, 16 - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * What the item editor needs from one of the teacher's own readings: its paragraphs to cite, whether a quiz
 * on it has begun, and (to edit) the item's current revision. null when the reading is not theirs or the
 * item is not current in it; another teacher's private reading is a 404, a shared one is read-only.
 */
export async function itemEditorData(db: Db, teacherId: string, readingId: string, itemId?: string) {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId) },
    select: {
      id: true,
      title: true,
      language: true,
      paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true, heading: true } },
    },
  });
  if (!reading) return null;
  const started = await quizBegun(db, readingId);
  if (!itemId) return { reading, started, editing: undefined };
  const current = (await currentItems(db, readingId)).find((i) => i.id === itemId);
  if (!current) return null;
  return { reading, started, editing: { id: current.id, item: current.item } };
}
