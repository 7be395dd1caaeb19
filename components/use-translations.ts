"use client";

import {
  createTranslator,
  type useTranslations as useIntlTranslations,
  useLocale,
  useMessages,
  useTimeZone,
} from "next-intl";

// next-intl's useTranslations, for the components a class renders on every reload (the quiz runner): the
// same translator, and with it the same parsed messages, for every render with the same catalog, language
// and time zone. next-intl's own provider starts a new cache for each render, so on the server every text of
// the page was parsed again on every request: measured 2026-12-06, a sixth to a quarter of the quiz page's server
// time (docs/decisions/0055). The catalog objects are the process's own on the server (lib/quiz/quiz-page.ts
// passes them by reference) and the page's own in the browser, so they are the key.

type Translator = ReturnType<typeof useIntlTranslations>;
const kept = new WeakMap<object, Map<string, Translator>>();

export const useTranslations = ((namespace?: string) => {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const messages = useMessages() as Record<string, object>;
  const top = namespace?.split(".")[0];
  const catalog = top ? messages[top] : messages;
  if (!catalog) throw new Error(`no messages for the namespace "${top}"`);
  let translators = kept.get(catalog);
  if (!translators) kept.set(catalog, (translators = new Map()));
  const key = `${locale}\u0000${timeZone}\u0000${namespace ?? ""}`;
  let t = translators.get(key);
  if (!t) {
    const scoped = top ? { [top]: catalog } : catalog;
    t = (createTranslator as (config: object) => unknown)({
      locale,
      timeZone,
      messages: scoped,
      namespace,
    }) as Translator;
    translators.set(key, t);
  }
  return t;
}) as typeof useIntlTranslations;
