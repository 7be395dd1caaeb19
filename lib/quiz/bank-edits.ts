import { ownReading } from "@/lib/access";
import { type Db, isPostgres } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { fail } from "@/lib/errors";
import { inScript, originalScript } from "@/lib/readings/script";
import { assignKeys } from "./bank-formats/shared";
import { quotationProblems } from "./item-audit";
import { currentItems, forgetItemBank, quizBegun } from "./item-bank";
import type { EditedItem } from "./item-form";
import { type QuizItem, quizItemSchema } from "./items";

/**
 * The item editor's writes on one of the teacher's own readings: add, edit, duplicate, move. An item is never
 * changed under an answer (decision 0023): once any student has started a quiz on the reading, an edit retires
 * the item's current revision and adds the next, so attempts keep what they were asked until their teacher
 * has them graded again. Either way the edited revision is retired and the next one added at the same moment,
 * so a second tab saving it is refused instead of overwriting (itemChanged), and a quiz started during the
 * save has one version or the other, never both.
 */

type Paragraph = { id: string; position: number; text: string };

async function ownReadingText(db: Db, teacherId: string, readingId: string) {
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId) },
    select: { id: true, language: true, paragraphs: { select: { id: true, position: true, text: true } } },
  });
  if (!reading) fail("notFound");
  return reading;
}

/**
 * The checks every seeded item passes, for any reading: the item has the schema's shape, its paragraphs are
 * this reading's, and each 「quotation」 is the reading's own words (in the paragraph named before it). A
 * Simplified original may be quoted as written or as its 繁 view shows it.
 */
export function checkItem(
  key: string,
  edited: EditedItem,
  reading: { language: string; paragraphs: Paragraph[] },
): QuizItem {
  const parsed = quizItemSchema.safeParse({ ...edited, key });
  if (!parsed.success) fail("itemIncomplete");
  const item = parsed.data;
  const ids = new Set(reading.paragraphs.map((p) => p.id));
  const named = [...item.paragraphs, ...(item.type === "paragraph" ? item.answer : [])];
  if (!named.every((id) => ids.has(id))) fail("paragraphNotInReading");
  const quoted = (paragraphs: Paragraph[]) => quotationProblems([item], paragraphs).length === 0;
  const inTraditional = () =>
    quoted(reading.paragraphs.map((p) => ({ ...p, text: inScript(p.text, "trad", originalScript(reading.language)) })));
  if (!quoted(reading.paragraphs) && !(reading.language === "zh-Hans" && inTraditional())) fail("quoteNotInText");
  return item;
}

/** A write that may meet another tab's on the bank's unique (reading, key, revision): that tab won. */
async function unlessTaken<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) fail("itemChanged");
    throw error;
  }
}

/** Adds an item at the end of the bank; it joins quizzes already begun only for attempts started from now. */
export async function addItem(db: Db, teacherId: string, readingId: string, edited: EditedItem, now = new Date()) {
  const reading = await ownReadingText(db, teacherId, readingId);
  const rows = await db.quizItem.findMany({ where: { readingId }, select: { key: true, position: true } });
  const [key] = assignKeys([undefined], new Set(rows.map((r) => r.key)));
  const item = checkItem(key!, edited, reading);
  // Joins from now on (addedAt), also before any quiz began: an attempt starting during this save either
  // has the item from its start or not at all.
  const created = await unlessTaken(() =>
    db.quizItem.create({
      data: {
        readingId,
        key: item.key,
        revision: 1,
        position: Math.max(0, ...rows.map((r) => r.position)) + 1,
        type: item.type,
        content: JSON.stringify(item),
        addedAt: now,
      },
      select: { id: true },
    }),
  );
  forgetItemBank(db, readingId);
  return created.id;
}

/** Saves an edit of the item's current revision `itemId` as its next revision (see the top of this file). */
export async function editItem(db: Db, teacherId: string, readingId: string, itemId: string, edited: EditedItem) {
  const reading = await ownReadingText(db, teacherId, readingId);
  const current = await db.quizItem.findFirst({
    where: { id: itemId, readingId },
    select: { id: true, key: true, position: true, retiredAt: true },
  });
  if (!current) fail("notFound");
  if (current.retiredAt) fail("itemChanged");
  const item = checkItem(current.key, edited, reading);
  const started = await quizBegun(db, readingId);
  const id = await db.$transaction(async (tx) => {
    // The old revision ends and the new one begins at the same moment: an attempt has one or the other.
    const now = new Date();
    const { count } = await tx.quizItem.updateMany({
      where: { id: current.id, retiredAt: null },
      data: { retiredAt: now },
    });
    if (count === 0) fail("itemChanged");
    const last = await tx.quizItem.aggregate({ where: { readingId, key: current.key }, _max: { revision: true } });
    const created = await tx.quizItem.create({
      data: {
        readingId,
        key: current.key,
        revision: (last._max.revision ?? 0) + 1,
        position: current.position,
        type: item.type,
        content: JSON.stringify(item),
        addedAt: now,
      },
      select: { id: true },
    });
    forgetItemBank(db, readingId); // before the commit too: no request keeps reading the old bank after it
    return created.id;
  });
  forgetItemBank(db, readingId);
  return { id, revised: started };
}

/** A copy of an item, right after it, under a new key: a start for a similar question. */
export async function duplicateItem(db: Db, teacherId: string, readingId: string, itemId: string, now = new Date()) {
  await ownReadingText(db, teacherId, readingId);
  const items = await currentItems(db, readingId);
  const original = items.find((i) => i.id === itemId);
  if (!original) fail("notFound");
  const rows = await db.quizItem.findMany({ where: { readingId }, select: { key: true } });
  const [key] = assignKeys([undefined], new Set(rows.map((r) => r.key)));
  const id = await unlessTaken(() =>
    db.$transaction(async (tx) => {
      // Every revision moves with its key, so attempts on earlier revisions keep the same order.
      await tx.quizItem.updateMany({
        where: { readingId, position: { gt: original.position } },
        data: { position: { increment: 1 } },
      });
      const created = await tx.quizItem.create({
        data: {
          readingId,
          key: key!,
          revision: 1,
          position: original.position + 1,
          type: original.item.type,
          content: JSON.stringify({ ...original.item, key }),
          addedAt: now,
        },
        select: { id: true },
      });
      return created.id;
    }),
  );
  forgetItemBank(db, readingId);
  return id;
}

/** Swaps an item with the one before or after it in the bank (and in quizzes drawn from it in bank order). */
export async function moveItem(db: Db, teacherId: string, readingId: string, itemId: string, by: -1 | 1) {
  await ownReadingText(db, teacherId, readingId);
  // Read and swap in one transaction, from the database rather than the kept bank: two tabs moving at once, or
  // another server process whose bank is a moment behind, would otherwise swap positions that have moved.
  const moved = await db.$transaction(async (tx) => {
    // SQLite runs one transaction at a time; PostgreSQL is told to, for this reading's items.
    if (isPostgres(db)) await tx.$queryRaw`SELECT "id" FROM "QuizItem" WHERE "readingId" = ${readingId} FOR UPDATE`;
    const items = await tx.quizItem.findMany({
      where: { readingId, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true, position: true },
    });
    const at = items.findIndex((i) => i.id === itemId);
    if (at < 0) fail("notFound");
    const other = items[at + by];
    if (!other) return false; // already first or last
    const item = items[at]!;
    // Every revision of an item keeps its place (the bank orders by position, then revision).
    await tx.quizItem.updateMany({ where: { readingId, key: item.key }, data: { position: other.position } });
    await tx.quizItem.updateMany({ where: { readingId, key: other.key }, data: { position: item.position } });
    return true;
  });
  if (moved) forgetItemBank(db, readingId);
}
