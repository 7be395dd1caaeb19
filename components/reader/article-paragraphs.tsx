import type { ReaderView } from "@/lib/readings/reader-view";

type Labels = { paragraph: (n: number) => string; closeGlossary: string };

/**
 * The article's numbered paragraphs with glossary terms, and the terms' explanations. The same for every
 * student (per reading, script and UI language), so the server renders it to HTML once and keeps it
 * (components/reader/article-html.tsx). Terms open their explanation with the browser's own popover (no script
 * needed); only a term's first occurrence in a paragraph is a button, so keyboard users do not tab through
 * dozens of repeats. `uiLang` marks our UI text (paragraph labels, "close") inside the article's language.
 */
export function ArticleParagraphs({ view, uiLang, labels }: { view: ReaderView; uiLang: string; labels: Labels }) {
  return (
    <>
      {view.paragraphs.map((p) => {
        const marked = new Set<number>();
        return (
          <p key={p.id} id={`p-${p.position}`} className="para" data-pos={p.position}>
            {/* A link to copy or share, but not a tab stop: thirty of them stood between the reader and "mark as read". */}
            <a
              href={`#p-${p.position}`}
              className="pnum"
              aria-label={labels.paragraph(p.position)}
              lang={uiLang}
              tabIndex={-1}
            >
              ¶{p.position}
            </a>
            <span className="ptext" data-pid={p.id}>
              {p.segments.map((s, i) => {
                if (s.term === undefined) return s.text;
                const term = view.glossary[s.term];
                if (!term || marked.has(s.term))
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
                    <span key={i} className="term-repeat">
                      {s.text}
                    </span>
                  );
                marked.add(s.term);
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
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
          <button
            type="button"
            className="button small"
            popoverTarget={`gl-${g.id}`}
            popoverTargetAction="hide"
            lang={uiLang}
          >
            {labels.closeGlossary}
          </button>
        </div>
      ))}
    </>
  );
}
