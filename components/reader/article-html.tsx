import { renderToStaticMarkup } from "react-dom/server";
import type { Locale } from "@/i18n/locales";
import type { ArticleLabels } from "@/lib/readings/reader-page";
import type { ReaderView } from "@/lib/readings/reader-view";
import { ArticleParagraphs } from "./article-paragraphs";

// Views are cached per (reading, script) by getReaderView, so keying on the view object ties this cache's
// lifetime to that one: one HTML string per reading, script and UI language, built by the first reader.
const cache = new WeakMap<ReaderView, Map<Locale, string>>();

/** The article's paragraphs and glossary as HTML, rendered once and kept (issue #3: not rebuilt per request). */
export function articleHtml(view: ReaderView, locale: Locale, labels: ArticleLabels): string {
  let byLocale = cache.get(view);
  if (!byLocale) cache.set(view, (byLocale = new Map()));
  let html = byLocale.get(locale);
  if (html === undefined) {
    html = renderToStaticMarkup(<ArticleParagraphs view={view} uiLang={locale} labels={labels} />);
    byLocale.set(locale, html);
  }
  return html;
}
