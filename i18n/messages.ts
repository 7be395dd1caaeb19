import type { ErrorKey } from "@/lib/actions/result";
import en from "@/messages/en.json";
import zhHant from "@/messages/zh-Hant.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const MESSAGES: Record<Locale, typeof zhHant> = { "zh-Hant": zhHant, en };

/** Whether a text is a key of the "errors" catalog (a refusal's key that came from outside the code). */
export function isErrorKey(key: unknown): key is ErrorKey {
  return typeof key === "string" && Object.hasOwn(zhHant.errors, key);
}

/** The UI language from the locale cookie's value: 繁體中文 unless the person chose English. */
export function localeFrom(cookieValue: unknown): Locale {
  return isLocale(cookieValue) ? cookieValue : DEFAULT_LOCALE;
}

/** Dates are shown in the school's time zone (TIME_ZONE, e.g. Asia/Taipei), else the server's. */
export { appTimeZone } from "@/lib/time/zoned";
