import type { ReadingLanguage } from "./reading-languages";
import type { Run } from "./runs";
import { simplifiedRuns, traditionalRuns } from "./script";

/**
 * A text's language, guessed for the teacher to confirm: English unless Chinese characters make up a good
 * share of its letters; then whichever script converting it away from changes more (Traditional text has many
 * characters that Simplified writes differently and almost none the other way; Simplified text the reverse).
 * Both directions are measured because each also swaps a few regional phrases whichever script it is given
 * (多工 → 多任务 inside 很多工厂). A tie, such as a text of characters both scripts share, is Traditional.
 * Looks at the first 5,000 characters.
 */
export function detectLanguage(text: string): ReadingLanguage {
  const sample = text.slice(0, 5000);
  const han = [...sample.matchAll(/\p{Script=Han}/gu)].length;
  const letters = [...sample.matchAll(/\p{L}/gu)].length;
  if (han === 0 || han < letters * 0.3) return "en";
  return changedBy(simplifiedRuns(sample), sample) >= changedBy(traditionalRuns(sample), sample)
    ? "zh-Hant"
    : "zh-Hans";
}

/** How many characters of `text` a conversion changed (runs keep the original's length beside what is shown). */
function changedBy(runs: Run[], text: string): number {
  let at = 0;
  let changed = 0;
  for (const run of runs) {
    if (run.shown !== text.slice(at, at + run.length)) changed += run.length;
    at += run.length;
  }
  return changed;
}
