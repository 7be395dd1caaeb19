import { createFormatter, createTranslator } from "next-intl";
import { BoundedMap } from "@/lib/bounded-map";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { appTimeZone, localeFrom, MESSAGES } from "./messages";

/**
 * next-intl for a Pages Router page's getServerSideProps (next-intl/server needs the App Router's request
 * scope). Text is formatted on the server and sent as props, so the page ships no catalog or formatter.
 */
export function pagesIntl(cookies: Partial<Record<string, string>>) {
  const locale = localeFrom(cookies[LOCALE_COOKIE]);
  return { locale, t: translator(locale), format: formatter(locale) };
}

type Formatter = ReturnType<typeof createFormatter>;

// One formatter per language for the process: it keeps the Intl formatters it builds (building one costs more
// than formatting with it), and nothing in it belongs to a request.
const formatters = new Map<Locale, Formatter>();

function formatter(locale: Locale): Formatter {
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = createFormatter({ locale, timeZone: appTimeZone() })));
  return format;
}

type Translator = ReturnType<typeof createTranslator<(typeof MESSAGES)[Locale]>>;

// One translator per language for the process, which also keeps what it has formatted: the same few
// texts come up on every request (a quiz's feedback asks for about a hundred), and next-intl's own
// per-call lookup cost a fifth of the quiz page's time when a class reloads it (docs/decisions/0017).
const translators = new Map<Locale, Translator>();
const KEPT_TEXTS = 5000;

export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  // The school's time zone, should a message ever format a date itself (today dates come formatted).
  if (!t)
    translators.set(
      locale,
      (t = keepingResults(createTranslator({ locale, messages: MESSAGES[locale], timeZone: appTimeZone() }))),
    );
  return t;
}

/** `t(key, values)` answered from a bounded memory of earlier answers (values are plain data here: text, numbers, dates). */
function keepingResults(t: Translator): Translator {
  const kept = new BoundedMap<string, string>(KEPT_TEXTS);
  const keeping = (key: string, values?: Record<string, unknown>) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = kept.get(id);
    if (text === undefined) {
      text = (t as unknown as (k: string, v?: Record<string, unknown>) => string)(key, values);
      kept.set(id, text);
    }
    return text;
  };
  return Object.assign(keeping, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as Translator;
}

/**
 * Texts that are the same on every request in a language (a page's labels), built once per language from its
 * translator and kept.
 */
export function perLocale<T>(build: (t: Translator) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) built.set(locale, (value = build(translator(locale))));
    return value;
  };
}
