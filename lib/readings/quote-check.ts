import { quoteAt } from "./anchors";
import { displayParagraph, glossarySpellings } from "./reader-view";
import type { Script } from "./script";

/** What the browser sends for a selected passage: a range on the original and the text the student saw. */
export type QuoteClaim = { start: number; end: number; text: string; script: Script };

/**
 * The original text of a claimed quote, or null when the range does not fit the paragraph or the text the
 * student saw there (in their script) is not exactly `claim.text`. Highlights and debate evidence both use
 * it, so a passage that can be highlighted can be quoted and vice versa.
 *
 * The shown text is rebuilt the way the reader renders it (segmented on glossary terms, each piece
 * converted on its own), because Simplified conversion depends on a character's neighbours: converting the
 * slice alone could differ from what was on screen.
 */
export function checkQuote(
  paragraphText: string,
  glossary: readonly { term: string; aliases: string }[],
  claim: QuoteClaim,
): string | null {
  const quote = quoteAt(paragraphText, claim.start, claim.end);
  if (quote === null) return null;
  const shown = displayParagraph(paragraphText, glossarySpellings(glossary), claim.script)
    .map((s) => s.text)
    .join("");
  return shown.slice(claim.start, claim.end) === claim.text ? quote : null;
}
