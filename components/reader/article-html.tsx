import { createHash } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "@/i18n/locales";
import type { ArticleLabels, RenderedArticle } from "@/lib/readings/reader-page";
import type { ReaderView } from "@/lib/readings/reader-view";
import { ArticleParagraphs } from "./article-paragraphs";

// Views are cached per (reading, script) by getReaderView, so keying on the view object ties this cache's
// lifetime to that one: one HTML string per reading, script and UI language, built by the first reader.
const cache = new WeakMap<ReaderView, Map<Locale, RenderedArticle>>();

/**
 * The article's paragraphs and glossary as HTML, rendered once and kept (not rebuilt per request), with a short
 * digest of it as its key: the page tells by the key whether the text it shows is still the one to show.
 */
export function articleHtml(view: ReaderView, locale: Locale, labels: ArticleLabels): RenderedArticle {
  let byLocale = cache.get(view);
  if (!byLocale) cache.set(view, (byLocale = new Map()));
  let rendered = byLocale.get(locale);
  if (rendered === undefined) {
    const html = renderToStaticMarkup(<ArticleParagraphs view={view} uiLang={locale} labels={labels} />);
    rendered = { html, key: createHash("sha256").update(html).digest("base64url").slice(0, 16) };
    byLocale.set(locale, rendered);
  }
  return rendered;
}
