import { z } from "zod";
import { ownReading } from "@/lib/access";
import type { Db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { addBankItems, listBank } from "./bank";
import type { BankError } from "./bank-formats";
import { parseAiken, parseCsv, parseGift, writeAiken, writeCsv, writeGift } from "./bank-formats";

/** The formats a bank travels in (docs/decisions/0037): Moodle's two text formats and our CSV. */
export const BANK_FORMATS = ["gift", "aiken", "csv"] as const;
export type BankFormat = (typeof BANK_FORMATS)[number];
export const BANK_FILE_MAX_BYTES = 1024 * 1024;

export const bankImportSchema = z.object({
  format: z.enum(BANK_FORMATS, { error: "required" }),
  language: z.enum(["zhHant", "en"], { error: "required" }),
  text: z.string().max(BANK_FILE_MAX_BYTES, { error: "importTooLarge" }),
});

/**
 * A bank file into one of the teacher's own readings: parsed whole, and either every item is added or, with
 * any error, none (each error with its line). Keys continue the bank's own.
 */
export async function importBankFile(
  db: Db,
  teacherId: string,
  readingId: string,
  input: z.infer<typeof bankImportSchema>,
): Promise<{ ok: true; added: number } | { ok: false; errors: BankError[] }> {
  // Whose reading first: the parse below would otherwise tell another teacher which keys the bank has.
  const reading = await db.reading.findFirst({
    where: { id: readingId, ...ownReading(teacherId) },
    select: { quizItems: { select: { key: true } } },
  });
  if (!reading) fail("notFound");
  const existingKeys = new Set(reading.quizItems.map((r) => r.key));
  const text = input.text.replace(/^\uFEFF/, "");
  const parsed =
    input.format === "gift"
      ? parseGift(text, { language: input.language, existingKeys })
      : input.format === "aiken"
        ? parseAiken(text, { language: input.language, existingKeys })
        : parseCsv(text, { existingKeys });
  if (!parsed.ok) return parsed;
  return { ok: true, added: await addBankItems(db, teacherId, readingId, parsed.items) };
}

/** The current items of a reading the teacher may open, in a format; null for anyone else. */
export async function exportBankFile(
  db: Db,
  teacherId: string,
  readingId: string,
  format: BankFormat,
  language: "zhHant" | "en",
) {
  const bank = await listBank(db, teacherId, readingId);
  if (!bank) return null;
  const items = bank.items.map((i) => i.item);
  const file =
    format === "gift"
      ? writeGift(items, { language })
      : format === "aiken"
        ? writeAiken(items, { language })
        : writeCsv(items);
  return { title: bank.reading.title, ...file };
}
