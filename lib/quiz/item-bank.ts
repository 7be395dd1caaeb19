import type { Db } from "@/lib/db/client";
import { type QuizItem, quizItemSchema } from "./items";

export type BankItem = { id: string; key: string; position: number; item: QuizItem };

/**
 * A reading's quiz items, parsed and checked once per process instead of on every page view and save (a
 * class handing in at once reads them hundreds of times). Items do not change once seeded; an item editor
 * must call forgetItemBank after a change. Kept per database client, so tests with their own databases
 * never see each other's ids.
 */
const banks = new WeakMap<Db, Map<string, Promise<BankItem[]>>>();

export function getItemBank(db: Db, readingId: string): Promise<BankItem[]> {
  let perDb = banks.get(db);
  if (!perDb) banks.set(db, (perDb = new Map()));
  let bank = perDb.get(readingId);
  if (!bank) {
    bank = db.quizItem.findMany({ where: { readingId }, orderBy: { position: "asc" } }).then((rows) =>
      rows.map((r) => ({
        id: r.id,
        key: r.key,
        position: r.position,
        item: quizItemSchema.parse(JSON.parse(r.content)),
      })),
    );
    bank.catch(() => perDb.delete(readingId));
    perDb.set(readingId, bank);
  }
  return bank;
}

export function forgetItemBank(db: Db, readingId: string): void {
  banks.get(db)?.delete(readingId);
}
