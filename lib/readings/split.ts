/**
 * A pasted or uploaded text as paragraphs: one paragraph per non-empty line (blank lines between them are
 * optional), a byte-order mark and trailing whitespace dropped, the rest kept exactly, because highlights,
 * quotes and quiz items cite character ranges of it. The same function shows the teacher the split as they
 * type and makes it on the server, so what they saw is what is saved.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== "");
}

/** The most paragraphs and characters a reading may have: a long article, not a book. */
export const READING_MAX_CHARS = 200_000;
export const READING_MAX_PARAGRAPHS = 500;
export const PARAGRAPH_MAX_CHARS = 5_000;
