import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReaderView } from "@/lib/readings/reader-view";

/**
 * The reading itself: numbered paragraphs with glossary terms. Server-rendered and the same for every
 * student (per script), so it costs no JavaScript. Terms open their explanation with the browser's own
 * popover (no script needed); only a term's first occurrence in a paragraph is a button, so keyboard
 * users do not tab through dozens of repeats.
 */
export async function ArticleText({ view, beforeText }: { view: ReaderView; beforeText?: React.ReactNode }) {
  const t = await getTranslations("reader");
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <article className="reading" lang={view.language}>
      <header>
        <h1>{view.title}</h1>
        {/* The byline is UI text (in the UI language) around the article's own words. */}
        <p className="byline" lang={locale}>
          {view.author && <span>{t("byline", { author: view.author })}</span>}
          {view.publishedOn && <span>{t("published", { date: format.dateTime(view.publishedOn, { dateStyle: "long" }) })}</span>}
          {view.source && <span>{t("source", { source: view.source })}</span>}
        </p>
      </header>
      <div lang={locale}>{beforeText}</div>
      {view.paragraphs.map((p) => {
        const marked = new Set<number>();
        return (
          <p key={p.id} id={`p-${p.position}`} className="para" data-pos={p.position}>
            <a href={`#p-${p.position}`} className="pnum" aria-label={t("paragraph", { n: p.position })} lang={locale}>
              ¶{p.position}
            </a>
            <span className="ptext" data-pid={p.id}>
              {p.segments.map((s, i) => {
                if (s.term === undefined) return s.text;
                const term = view.glossary[s.term];
                if (!term || marked.has(s.term)) return <span key={i} className="term-repeat">{s.text}</span>;
                marked.add(s.term);
                return (
                  <button key={i} type="button" className="term" popoverTarget={`gl-${term.id}`}>
                    {s.text}
                  </button>
                );
              })}
            </span>
          </p>
        );
      })}
      {view.glossary.map((g) => (
        <div key={g.id} id={`gl-${g.id}`} popover="auto" className="glossary-popover" role="dialog" aria-label={g.term}>
          <p className="glossary-term">{g.term}</p>
          <p lang={view.language}>{g.explanationZhHant}</p>
          <p lang="en">{g.explanationEn}</p>
          <button type="button" className="button small" popoverTarget={`gl-${g.id}`} popoverTargetAction="hide" lang={locale}>
            {t("closeGlossary")}
          </button>
        </div>
      ))}
    </article>
  );
}
