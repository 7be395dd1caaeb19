import type { ReadingLanguage } from "./reading-languages";
import { simplifiedRuns } from "./script";

/**
 * A text's language, guessed for the teacher to confirm: English unless Chinese characters make up a good
 * share of its letters; then Traditional when converting it to Simplified changes it (Traditional text has
 * many characters that Simplified writes differently; Simplified text has almost none), else Simplified.
 * Looks at the first 5,000 characters.
 */
export function detectLanguage(text: string): ReadingLanguage {
  const sample = text.slice(0, 5000);
  const han = [...sample.matchAll(/\p{Script=Han}/gu)].length;
  const letters = [...sample.matchAll(/\p{L}/gu)].length;
  if (han === 0 || han < letters * 0.3) return "en";
  // Runs keep the original's length beside what is shown, so changed stretches can be measured on it.
  let at = 0;
  let changed = 0;
  for (const run of simplifiedRuns(sample)) {
    if (run.shown !== sample.slice(at, at + run.length)) changed += run.length;
    at += run.length;
  }
  return changed / han > 0.03 ? "zh-Hant" : "zh-Hans";
}
