import type { ArticleProps } from "@/lib/readings/reader-page";

/**
 * The reading itself: numbered paragraphs with glossary terms, the same for every student (per script).
 * Terms open their explanation with the browser's own popover (no script needed); only a term's first
 * occurrence in a paragraph is a button, so keyboard users do not tab through dozens of repeats.
 * `uiLang` marks the UI text (byline, paragraph labels) around the article's own words.
 */
export function ArticleText({ article, uiLang, beforeText }: { article: ArticleProps; uiLang: string; beforeText?: React.ReactNode }) {
  return (
    <article className="reading" lang={article.language}>
      <header>
        <h1>{article.title}</h1>
        <p className="byline" lang={uiLang}>
          {article.byline.map((part) => (
            <span key={part}>{part}</span>
          ))}
        </p>
      </header>
      <div lang={uiLang}>{beforeText}</div>
      {article.paragraphs.map((p, index) => {
        const marked = new Set<number>();
        return (
          <p key={p.id} id={`p-${p.position}`} className="para" data-pos={p.position}>
            <a href={`#p-${p.position}`} className="pnum" aria-label={article.labels.paragraph[index]} lang={uiLang}>
              ¶{p.position}
            </a>
            <span className="ptext" data-pid={p.id}>
              {p.segments.map((s, i) => {
                if (s.term === undefined) return s.text;
                const term = article.glossary[s.term];
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
      {article.glossary.map((g) => (
        <div key={g.id} id={`gl-${g.id}`} popover="auto" className="glossary-popover" role="dialog" aria-label={g.term}>
          <p className="glossary-term">{g.term}</p>
          <p lang={article.language}>{g.explanationZhHant}</p>
          <p lang="en">{g.explanationEn}</p>
          <button type="button" className="button small" popoverTarget={`gl-${g.id}`} popoverTargetAction="hide" lang={uiLang}>
            {article.labels.closeGlossary}
          </button>
        </div>
      ))}
    </article>
  );
}
