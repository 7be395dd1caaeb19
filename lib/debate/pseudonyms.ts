import { MESSAGES } from "@/i18n/messages";

/**
 * Names shown on an anonymous board: 同學 A, 同學 B … 同學 Z, 同學 AA … from the participant's per-board
 * index (given once, in the order students first open the board, or in the board's own seeded order when
 * the teacher seats them with "assign evenly"; never reused), so a student keeps the same pseudonym all
 * through a debate and it says nothing about the class list's order.
 */
export type PseudonymLocale = "zh-Hant" | "en";

// The word before the letter comes from the message catalogs, like every other word the UI shows.
const PREFIX: Record<PseudonymLocale, string> = {
  "zh-Hant": MESSAGES["zh-Hant"].debate.pseudonymPrefix,
  en: MESSAGES.en.debate.pseudonymPrefix,
};

/** What a post shows as its author once the student's account was deleted. */
export function deletedStudent(locale: PseudonymLocale): string {
  return MESSAGES[locale].debate.deletedStudent;
}

export function pseudonym(index: number, locale: PseudonymLocale): string {
  return `${PREFIX[locale]} ${letters(index)}`;
}

/** Spreadsheet-column letters: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA (bijective base 26). */
export function letters(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0)
    throw new RangeError(`pseudonym index must be a whole number ≥ 0, got ${index}`);
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
