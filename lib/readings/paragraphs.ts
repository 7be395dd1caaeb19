import { splitParagraphs } from "./split";

/**
 * A plain-text reading: the first non-empty line is the title, then one paragraph per non-empty line
 * (blank lines between them are optional). Text is kept exactly, apart from trailing whitespace, because
 * quotes and quiz items cite character ranges of it.
 */
export function parseReadingText(text: string): { title: string; paragraphs: string[] } {
  const [title, ...paragraphs] = splitParagraphs(text);
  if (!title || paragraphs.length === 0) throw new Error("A reading needs a title line and at least one paragraph");
  return { title: title.trim(), paragraphs };
}
