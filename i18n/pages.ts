import { createFormatter, createTranslator } from "next-intl";
import { appTimeZone, localeFrom, MESSAGES } from "./messages";
import { LOCALE_COOKIE } from "./locales";

/**
 * next-intl for a Pages Router page's getServerSideProps (next-intl/server needs the App Router's request
 * scope). Text is formatted on the server and sent as props, so the page ships no catalog or formatter.
 */
export function pagesIntl(cookies: Partial<Record<string, string>>) {
  const locale = localeFrom(cookies[LOCALE_COOKIE]);
  const messages = MESSAGES[locale];
  const timeZone = appTimeZone();
  return { locale, t: createTranslator({ locale, messages }), format: createFormatter({ locale, timeZone }) };
}
