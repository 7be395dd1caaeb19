import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

// The UI language lives in a cookie, not the URL: links stay short to read aloud in class, and the
// choice follows the person across every page. 繁體中文 unless they chose English.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Dates are shown in the school's time zone (TIME_ZONE, e.g. Asia/Taipei), else the server's.
    timeZone: process.env.TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
});
