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

/** A paragraph of a reading being written: its text, and whether it is a heading (a section title). */
export type DraftParagraph = { text: string; heading: boolean };

// Markdown's heading mark: what a teacher who has written Markdown types, and what imports write for a heading.
const HEADING_MARK = /^#{1,6}(?:[ \t\u3000]+|$)/;

/**
 * The paragraphs of the reading form's text: splitParagraphs, with a line that starts with "# " (up to six
 * #, then a space) taken as a heading without its mark. The one format the form, its preview, the imports
 * and the server share.
 */
export function parseDraft(text: string): DraftParagraph[] {
  return splitParagraphs(text).flatMap((line): DraftParagraph[] => {
    const mark = HEADING_MARK.exec(line);
    if (!mark) return [{ text: line, heading: false }];
    const heading = line.slice(mark[0].length);
    return heading.trim() ? [{ text: heading, heading: true }] : [];
  });
}

/** The form's text for these paragraphs: a blank line between paragraphs, "# " before a heading. */
export function draftText(paragraphs: readonly DraftParagraph[]): string {
  return paragraphs.map((p) => (p.heading ? `# ${p.text}` : p.text)).join("\n\n");
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Two paragraphs as one: joined directly between Chinese (or Japanese, Korean) characters, else by a space. */
export function joinParagraphs(first: string, second: string): string {
  const a = first.trimEnd();
  const b = second.trimStart();
  return CJK.test(a.slice(-1)) || CJK.test(b.slice(0, 1)) ? a + b : `${a} ${b}`;
}
