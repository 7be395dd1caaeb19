/** A run of paragraph text, either plain or an occurrence of glossary term number `term`. */
export type Segment = { text: string; term?: number };

/**
 * Splits a paragraph into plain runs and glossary-term occurrences, leftmost first and, where two terms
 * start at the same place, the longest (so 美國半導體協會 wins over a shorter term inside it). Joining
 * the segments' text gives back the paragraph exactly, which keeps character offsets valid.
 */
export function segmentParagraph(text: string, terms: readonly { spellings: readonly string[] }[]): Segment[] {
  const candidates = terms.flatMap((t, term) => t.spellings.filter(Boolean).map((spelling) => ({ spelling, term })));
  candidates.sort((a, b) => b.spelling.length - a.spelling.length);
  const segments: Segment[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const match = candidates.find((c) => text.startsWith(c.spelling, i) && isWordBoundary(text, i, c.spelling));
    if (!match) {
      i++;
      continue;
    }
    if (i > plainStart) segments.push({ text: text.slice(plainStart, i) });
    segments.push({ text: match.spelling, term: match.term });
    i += match.spelling.length;
    plainStart = i;
  }
  if (plainStart < text.length) segments.push({ text: text.slice(plainStart) });
  return segments;
}

// Latin terms (H20, EUV) must not match inside longer Latin words or numbers (H200, EUVL); Chinese has
// no spaces, so Chinese terms match anywhere.
function isWordBoundary(text: string, at: number, spelling: string): boolean {
  const latin = /[A-Za-z0-9]/;
  const before = text[at - 1];
  const after = text[at + spelling.length];
  const startsLatin = latin.test(spelling[0] ?? "");
  const endsLatin = latin.test(spelling[spelling.length - 1] ?? "");
  return !(startsLatin && before && latin.test(before)) && !(endsLatin && after && latin.test(after));
}
