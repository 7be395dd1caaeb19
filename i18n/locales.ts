export const LOCALES = ["zh-Hant", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-Hant";
export const LOCALE_COOKIE = "locale";

/** The field of bilingual content (a quiz item's `zhHant` / `en`) that a UI language reads. */
export type ContentLanguage = "zhHant" | "en";

export function contentLanguage(locale: string): ContentLanguage {
  return locale === "en" ? "en" : "zhHant";
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
