import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/sqlite/client";
import { forgetEverywhere, registerForgetter } from "@/lib/live/forget";
import { liveBusIfRunning } from "@/lib/live/live-bus";
import { type QuizItem, quizItemSchema } from "./items";

/** One revision of one item (decision 0023: corrected items are new revisions, never edited under an answer). */
export type BankItem = {
  id: string;
  key: string;
  revision: number;
  position: number;
  item: QuizItem;
  addedAt: Date | null;
  retiredAt: Date | null;
};

/**
 * What decides an attempt's items: the keys in the quiz when it started, at their revisions of `regradedAt`;
 * of those, only the keys its quiz's selection gave it (`itemKeys`, JSON, in its order; "" = all, in bank order).
 */
export type AttemptItemsTime = { startedAt: Date; regradedAt: Date | null; itemKeys: string };
/** An attempt as grading and its views need it: which one, and what decides its items. */
export type AttemptRef = { id: string } & AttemptItemsTime;

/**
 * Every revision of a reading's quiz items, parsed and checked once per process instead of on every page
 * view and save (a class handing in at once reads them hundreds of times). Whatever writes items must call
 * forgetItemBank after (which tells the other server processes too). Kept per database client, so tests with
 * their own databases never see each other's ids.
 */
// One per server process, on globalThis: Next bundles route handlers (the bank's file import) and pages
// separately, and a change made by one must be seen by the other.
const globalBanks = globalThis as unknown as { classroomItemBanks?: WeakMap<Db, Map<string, Promise<BankItem[]>>> };
const banks = (globalBanks.classroomItemBanks ??= new WeakMap());
// Every client's banks, for a forget from another process (which names the reading, not the client).
const globalAll = globalThis as unknown as { classroomAllItemBanks?: Set<Map<string, Promise<BankItem[]>>> };
const allBanks = (globalAll.classroomAllItemBanks ??= new Set());
registerForgetter("item-bank", (readingId) => {
  for (const perDb of allBanks) readingId === null ? perDb.clear() : perDb.delete(readingId);
});

export function itemBank(db: Db, readingId: string): Promise<BankItem[]> {
  let perDb = banks.get(db);
  if (!perDb) {
    banks.set(db, (perDb = new Map()));
    allBanks.add(perDb);
  }
  let bank = perDb.get(readingId);
  if (!bank) {
    bank = db.quizItem
      .findMany({ where: { readingId }, orderBy: [{ position: "asc" }, { revision: "asc" }] })
      .then((rows) =>
        rows.map((r) => ({
          id: r.id,
          key: r.key,
          revision: r.revision,
          position: r.position,
          item: quizItemSchema.parse(JSON.parse(r.content)),
          addedAt: r.addedAt,
          retiredAt: r.retiredAt,
        })),
      );
    bank.catch(() => perDb.delete(readingId));
    perDb.set(readingId, bank);
  }
  return bank;
}

/** Drops a reading's kept items here and (through the live bus) in every other server process. */
export function forgetItemBank(db: Db, readingId: string): void {
  banks.get(db)?.delete(readingId);
  void forgetEverywhere(liveBusIfRunning(), "item-bank", readingId);
}

/** Whether any student has started a quiz on this reading, in any class: from then on items change by revision. */
export async function quizBegun(db: Db, readingId: string): Promise<boolean> {
  return (await db.quizAttempt.count({ where: { quiz: { assignment: { readingId } } } })) > 0;
}

/** quizBegun as an SQL condition, for a write that must decide on it in the same statement (bank.ts). */
export function quizBegunSql(readingId: string): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "QuizAttempt" t
    JOIN "Quiz" q ON q."id" = t."quizId"
    JOIN "Assignment" a ON a."id" = q."assignmentId"
    WHERE a."readingId" = ${readingId})`;
}

/** The quiz as it stands now: each key's current revision. What a new attempt gets. */
export async function currentItems(db: Db, readingId: string): Promise<BankItem[]> {
  return (await itemBank(db, readingId)).filter((i) => i.retiredAt === null);
}

/** The items one attempt is taken and graded on (see itemsOfAttempt). */
export async function attemptItems(db: Db, readingId: string, attempt: AttemptItemsTime): Promise<BankItem[]> {
  return itemsOfAttempt(await itemBank(db, readingId), attempt);
}

function inForceAt(item: BankItem, at: Date): boolean {
  return (item.addedAt === null || item.addedAt <= at) && (item.retiredAt === null || item.retiredAt > at);
}

/**
 * An attempt keeps the items it started with: a correction published later never changes a score silently.
 * When the teacher has it graded again (regradedAt), the same keys count at their revisions of that moment;
 * items added since stay out (they were never shown to the student), items removed since stay in.
 */
export function itemsOfAttempt(bank: BankItem[], { startedAt, regradedAt, itemKeys }: AttemptItemsTime): BankItem[] {
  const started = selectedItems(
    bank.filter((i) => inForceAt(i, startedAt)),
    itemKeys,
  );
  if (!regradedAt) return started;
  return started.map((old) => bank.find((i) => i.key === old.key && inForceAt(i, regradedAt)) ?? old);
}

/** The items among `items` that an attempt's `itemKeys` names, in its order ("" = all, as they are). */
export function selectedItems(items: BankItem[], itemKeys: string): BankItem[] {
  if (!itemKeys) return items;
  const keys = JSON.parse(itemKeys) as string[];
  return keys.flatMap((key) => items.find((i) => i.key === key) ?? []);
}

/** The keys whose revision in this attempt is not the current one (what "grade again" would change). */
export function outdatedKeys(bank: BankItem[], attempt: AttemptItemsTime): string[] {
  return itemsOfAttempt(bank, attempt)
    .filter((i) => i.retiredAt !== null && bank.some((c) => c.key === i.key && c.retiredAt === null))
    .map((i) => i.key);
}
