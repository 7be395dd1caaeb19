import { NextIntlClientProvider, useTranslations as useIntlTranslations } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/i18n/messages";
import { useTranslations } from "./use-translations";

// The quiz runner's translations: the same words as next-intl's own hook, from one translator per catalog
// that every render (every request, on the server) shares.

type Seen = { texts: string[]; translators: unknown[] };

function Texts({ use, seen }: { use: typeof useTranslations; seen: Seen }): ReactNode {
  const t = use("quiz");
  const tErrors = use("errors");
  seen.translators.push(t);
  seen.texts.push(
    t("progress", { n: 3, total: 12 }),
    t("answeredCount", { count: 0, total: 12 }),
    t("goToItem", { n: 1 }),
    tErrors("unexpected"),
  );
  return null;
}

function render(locale: "zh-Hant" | "en", use: typeof useTranslations, messages = quizMessages(locale)): Seen {
  const seen: Seen = { texts: [], translators: [] };
  const provider = { locale, messages, timeZone: "Asia/Taipei", children: createElement(Texts, { use, seen }) };
  renderToString(createElement(NextIntlClientProvider, provider));
  return seen;
}

/** As the quiz page passes them: a new object each request around the process's own catalogs. */
function quizMessages(locale: "zh-Hant" | "en") {
  return { quiz: MESSAGES[locale].quiz, errors: MESSAGES[locale].errors };
}

describe("useTranslations (components/use-translations.ts)", () => {
  it("gives the same words as next-intl's useTranslations, in both languages", () => {
    for (const locale of ["zh-Hant", "en"] as const) {
      const ours = render(locale, useTranslations).texts;
      expect(ours).toEqual(render(locale, useIntlTranslations).texts);
      expect(ours[0]).toContain("12");
    }
    expect(render("zh-Hant", useTranslations).texts[0]).toBe("第 3 題，共 12 題");
  });

  it("shares one translator between renders of the same catalog, and not across languages or catalogs", () => {
    const first = render("zh-Hant", useTranslations).translators[0];
    expect(render("zh-Hant", useTranslations).translators[0]).toBe(first);
    expect(render("en", useTranslations).translators[0]).not.toBe(first);
    const otherCatalog = {
      quiz: { ...MESSAGES["zh-Hant"].quiz, progress: "{n}/{total}" },
      errors: MESSAGES["zh-Hant"].errors,
    };
    const other = render("zh-Hant", useTranslations, otherCatalog);
    expect(other.translators[0]).not.toBe(first);
    expect(other.texts[0]).toBe("3/12");
  });
});
