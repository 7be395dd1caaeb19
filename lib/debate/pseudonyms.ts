/**
 * Names shown on an anonymous board: 同學 A, 同學 B … 同學 Z, 同學 AA … from the participant's per-board
 * index (given once, in the order students first open the board, never reused), so a student keeps the
 * same pseudonym all through a debate and it says nothing about the class list's order.
 */
export type PseudonymLocale = "zh-Hant" | "en";

const PREFIX: Record<PseudonymLocale, string> = { "zh-Hant": "同學", en: "Classmate" };

export function pseudonym(index: number, locale: PseudonymLocale): string {
  return `${PREFIX[locale]} ${letters(index)}`;
}

/** Spreadsheet-column letters: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA (bijective base 26). */
export function letters(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`pseudonym index must be a whole number ≥ 0, got ${index}`);
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
