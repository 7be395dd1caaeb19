/**
 * The start of a text on one line (runs of white space become one space), cut after `max` characters, never
 * inside one (a character outside the BMP, an emoji, counts as one), with "…" when cut.
 */
export function excerpt(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

// Where a Chinese (or English) sentence or clause ends: the end of a preview should read as an end.
const SENTENCE_END = /[。！？!?][」』"）)]*/gu;
const CLAUSE_END = /[，；：、,;:]/gu;

/**
 * The start of a text cut where it reads as whole: after the last sentence that ends within `max`
 * characters; failing that, after the last clause mark, with "…"; failing that, as excerpt() does. For
 * previews a reader must judge from (which paragraph holds the evidence), where a cut mid-phrase misleads.
 */
export function sentenceExcerpt(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  if (chars.length <= max) return chars.join("");
  const head = chars.slice(0, max).join("");
  const lastEnd = (pattern: RegExp) => {
    let end = -1;
    for (const m of head.matchAll(pattern)) end = m.index + m[0].length;
    return end;
  };
  // A boundary in the first third would leave too little to go on; cut at the limit instead.
  const enough = head.length / 3;
  const sentence = lastEnd(SENTENCE_END);
  if (sentence > enough) return `${head.slice(0, sentence)}…`;
  const clause = lastEnd(CLAUSE_END);
  if (clause > enough) return `${head.slice(0, clause)}…`;
  return `${head}…`;
}
