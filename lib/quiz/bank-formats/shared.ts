import type { z } from "zod";
import type { ContentLanguage } from "@/i18n/locales";
import { type QuizItem, quizItemSchema } from "@/lib/quiz/items";

/**
 * What the three bank formats (GIFT, Aiken, CSV) share: the result types, the error and skip keys (the UI
 * words them from the message catalogs), item keys for imported items, and the last check of every item
 * against quizItemSchema. A file with any error is refused whole, so a teacher never gets half a bank.
 */

/** Why a file was refused; each key has a zh-Hant and an English message in the catalogs. */
export const BANK_ERRORS = [
  "noQuestions",
  "unclosedBrace",
  "strayBrace",
  "noAnswerBlock",
  "emptyQuestion",
  "unsupportedQuestionType",
  "noRightAnswer",
  "severalRightAnswers",
  "emptyOption",
  "duplicateOption",
  "tooFewOptions",
  "tooManyOptions",
  "missingRubric",
  "missingAnswer",
  "answerNotAnOption",
  "unexpectedText",
  "csvSyntax",
  "unknownColumn",
  "duplicateColumn",
  "missingColumn",
  "unknownType",
  "badPoints",
  "badAnswer",
  "badKey",
  "duplicateKey",
  "invalidItem",
] as const;
export type BankErrorKey = (typeof BANK_ERRORS)[number];

/** line: 1-based, where the problem is (or where its question or record starts). detail: the file's own words. */
export type BankError = { line: number; reason: BankErrorKey; detail?: string };
export type BankParseResult = { ok: true; items: QuizItem[] } | { ok: false; errors: BankError[] };

/**
 * language: which field a text of a one-language format (GIFT, Aiken) goes into. existingKeys: the keys
 * already in the bank; given, new keys continue its "qNN" numbering, and a file's own key that is already
 * taken is a duplicate (CSV) or replaced (a GIFT title).
 */
export type BankParseOptions = { language: ContentLanguage; existingKeys?: Set<string> };

/** Why an item was left out of a written file; each key has a message in the catalogs. */
export const BANK_SKIP_REASONS = ["typeNotInFormat", "textLooksLikeSyntax"] as const;
export type BankSkipKey = (typeof BANK_SKIP_REASONS)[number];
export type BankWriteResult = { text: string; skipped: { key: string; reason: BankSkipKey }[] };

/** An item as a parser builds it: the schema fills defaults (partialCredit) and the key comes last. */
export type ItemDraft =
  z.input<typeof quizItemSchema> extends infer T ? (T extends unknown ? Omit<T, "key"> : never) : never;

/** One question or record as read: where it starts, the key the file asked for (if any), the item. */
export type ReadItem = { line: number; wantedKey?: string; draft: ItemDraft };

export const MAX_OPTIONS = 8;
export const MAX_KEY_LENGTH = 16;

/** "a", "b", … for the option at this position. */
export const optionKey = (index: number) => String.fromCharCode(97 + index);

/** A text in the one language a GIFT or Aiken file is written in. */
export function textIn(language: ContentLanguage, text: string): { zhHant: string; en: string } {
  return language === "zhHant" ? { zhHant: text, en: "" } : { zhHant: "", en: text };
}

/** Options count as the same when they differ only in case, spacing or full-width forms (Ａ and A). */
export const sameText = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** The positions of the texts that repeat an earlier one (blank texts aside). */
export function repeatedTexts(texts: string[]): number[] {
  const seen = new Set<string>();
  const repeats: number[] = [];
  texts.forEach((text, i) => {
    const same = sameText(text);
    if (!same) return;
    if (seen.has(same)) repeats.push(i);
    seen.add(same);
  });
  return repeats;
}

/**
 * Keys for the items read, in order: the file's own key when it is free, else a generated one. Generated
 * keys are "g01", "g02", … when the bank is unknown (the "g" keeps clear of the seeded "qNN"); with the
 * bank's keys they continue its numbering from its highest "qNN". A file's own keys are reserved first, so
 * a generated key never takes one that a later question asks for.
 */
export function assignKeys(wanted: (string | undefined)[], existingKeys?: Set<string>): string[] {
  const taken = new Set(existingKeys);
  const own = wanted.map((key) => {
    if (!key || key.length > MAX_KEY_LENGTH || taken.has(key)) return undefined;
    taken.add(key);
    return key;
  });
  const prefix = existingKeys ? "q" : "g";
  let n = existingKeys ? highestNumber(existingKeys, prefix) : 0;
  return own.map((key) => {
    if (key) return key;
    let next: string;
    do next = `${prefix}${String(++n).padStart(2, "0")}`;
    while (taken.has(next));
    taken.add(next);
    return next;
  });
}

function highestNumber(keys: Set<string>, prefix: string): number {
  let highest = 0;
  for (const key of keys) {
    const m = key.match(new RegExp(`^${prefix}(\\d+)$`));
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return highest;
}

/**
 * The end of every parser: refuse the file if anything was wrong (every error, by line), else give each
 * item its key and check it against quizItemSchema. The parsers check everything the schema does, so an
 * "invalidItem" here means a parser missed a rule; it still refuses the file rather than store a bad item.
 */
export function finishParse(reads: ReadItem[], errors: BankError[], existingKeys?: Set<string>): BankParseResult {
  if (!errors.length && !reads.length) errors.push({ line: 1, reason: "noQuestions" });
  if (errors.length) return refuse(errors);
  const keys = assignKeys(
    reads.map((r) => r.wantedKey),
    existingKeys,
  );
  const items: QuizItem[] = [];
  reads.forEach((read, i) => {
    const parsed = quizItemSchema.safeParse({ ...read.draft, key: keys[i] });
    if (parsed.success) items.push(parsed.data);
    else errors.push({ line: read.line, reason: "invalidItem", detail: parsed.error.issues[0]?.message });
  });
  return errors.length ? refuse(errors) : { ok: true, items };
}

/** Errors in file order (stable, so two on one line keep the order they were found in). */
export function refuse(errors: BankError[]): BankParseResult {
  return { ok: false, errors: [...errors].sort((a, b) => a.line - b.line) };
}
