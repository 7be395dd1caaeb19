/**
 * A passage of a reading: a paragraph id and a [start, end) range in UTF-16 code units of the paragraph's
 * original text (what the DOM's Range offsets count). Highlights, quiz items and debate evidence use it.
 */
export type Anchor = { paragraphId: string; start: number; end: number };

export const MAX_QUOTE_LENGTH = 2000;

/**
 * The original text of the range, or null when the range does not fit the paragraph: out of bounds,
 * empty, too long, or cutting a character outside the BMP (an emoji, a rare CJK ideograph) in half.
 */
export function quoteAt(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > text.length || end <= start || end - start > MAX_QUOTE_LENGTH) return null;
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) return null;
  const quote = text.slice(start, end);
  return quote.trim() === "" ? null : quote;
}

function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Shrinks a range so it starts and ends on visible text (a selection often catches a space or line end). Pure, so the reader uses it in the browser. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
