import { quoteAt } from "./anchors";
import { displayParagraph, glossarySpellings, paragraphRuns } from "./reader-view";
import { shownSlice } from "./runs";
import { isConvertible, originalScript, type Script } from "./script";

/** What the browser sends for a selected passage: a range on the original and the text the student saw. */
export type QuoteClaim = { start: number; end: number; text: string; script: Script };

/**
 * The original text of a claimed quote, or null when the range does not fit the paragraph or the text the
 * student saw there (in their script) is not exactly `claim.text`. Highlights and debate evidence both use
 * it, so a passage that can be highlighted can be quoted and vice versa.
 *
 * The shown text is rebuilt the way the reader renders it (segmented on glossary terms, each piece
 * converted on its own), because Simplified conversion depends on a character's neighbours: converting the
 * slice alone could differ from what was on screen. The range is on the original; in Simplified a phrase that
 * replaced Taiwan words (記憶體 → 内存) is seen whole, even by a range that cuts it (runs.ts).
 */
export function checkQuote(
  paragraphText: string,
  reading: { language: string; glossary: readonly { term: string; aliases: string }[] },
  claim: QuoteClaim,
): string | null {
  const quote = quoteAt(paragraphText, claim.start, claim.end);
  if (quote === null) return null;
  // A reading that is not Chinese is shown as written whatever script the browser names.
  const original = originalScript(reading.language);
  const script = isConvertible(reading.language) ? claim.script : original;
  const spellings = glossarySpellings(reading.glossary);
  const runs = paragraphRuns(displayParagraph(paragraphText, spellings, script, original));
  return shownSlice(runs, claim.start, claim.end) === claim.text ? quote : null;
}
