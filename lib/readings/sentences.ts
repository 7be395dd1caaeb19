/** One sentence of a paragraph: [start, end) in the paragraph's text as shown, and its text. */
export type Sentence = { start: number; end: number; text: string };

// A sentence ends at 。！？； (or their half-width forms) and takes any closing quotes and brackets right after.
const SENTENCE = /[^。！？；!?;\n]*(?:[。！？；!?;]+[」』”’）)]*|\n|$)/g;

/**
 * A paragraph cut into sentences, for highlighting with the keyboard a sentence at a time. Offsets index the
 * text given (UTF-16 units, as the highlight API takes them); whitespace around a sentence is left out.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    if (!match[0]) continue;
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
