import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE } from "./locales";
import { appTimeZone, localeFrom, MESSAGES } from "./messages";

// The UI language lives in a cookie, not the URL: links stay short to read aloud in class, and the
// choice follows the person across every page. 繁體中文 unless they chose English.
export default getRequestConfig(async () => {
  const locale = localeFrom((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: appTimeZone() };
});
