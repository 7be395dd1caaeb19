/** The languages a reading may be in (BCP 47). Pure, so forms can use it without the converter. */
export const READING_LANGUAGES = ["zh-Hant", "zh-Hans", "en"] as const;
export type ReadingLanguage = (typeof READING_LANGUAGES)[number];

/** A stored language tag as one of ours (an older or unknown one reads as Traditional Chinese). */
export function languageKey(language: string): ReadingLanguage {
  return language === "zh-Hans" || language === "en" ? language : "zh-Hant";
}
