import type { ArticleLabels } from "@/lib/readings/reader-page";
import type { ReaderView } from "@/lib/readings/reader-view";
import { ShownText } from "./shown-text";

/** The id of the hint the first glossary term is described by (how to move between terms). */
export const TERM_KEYS_HINT_ID = "term-keys-hint";

/**
 * The article's numbered paragraphs with glossary terms, and the terms' explanations. The same for every
 * student (per reading, script and UI language), so the server renders it to HTML once and keeps it
 * (components/reader/article-html.tsx). Terms open their explanation with the browser's own popover (no script
 * needed); only a term's first occurrence in a paragraph is a button, and of those only the first is a tab
 * stop: the arrow keys move between them (term-keys.ts), so keyboard users do not tab through dozens.
 * `uiLang` marks our UI text (paragraph labels, "close", the hint) inside the article's language.
 */
export function ArticleParagraphs({
  view,
  uiLang,
  labels,
}: {
  view: ReaderView;
  uiLang: string;
  labels: ArticleLabels;
}) {
  const hasTerms = view.paragraphs.some((p) => p.segments.some((s) => s.term !== undefined && view.glossary[s.term]));
  let tabStop = hasTerms; // the first term button takes it
  return (
    <>
      {view.paragraphs.map((p) => {
        const marked = new Set<number>();
        // A section title is a heading for screen readers' heading navigation, under the page's h1.
        const Tag = p.heading ? "h2" : "p";
        return (
          <Tag
            key={p.id}
            id={`p-${p.position}`}
            className={p.heading ? "para para-heading" : "para"}
            data-pos={p.position}
          >
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
                // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
                if (s.term === undefined) return <ShownText key={i} segment={s} />;
                const term = view.glossary[s.term];
                if (!term || marked.has(s.term))
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
                    <span key={i} className="term-repeat">
                      <ShownText segment={s} />
                    </span>
                  );
                marked.add(s.term);
                const first = tabStop;
                tabStop = false;
                return (
                  <button
                    // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
                    key={i}
                    type="button"
                    className="term"
                    popoverTarget={`gl-${term.id}`}
                    tabIndex={first ? 0 : -1}
                    aria-describedby={first ? TERM_KEYS_HINT_ID : undefined}
                  >
                    <ShownText segment={s} />
                  </button>
                );
              })}
            </span>
          </Tag>
        );
      })}
      {/* Not shown and not read in the text's flow: only as the first term's description. */}
      {hasTerms && (
        <p id={TERM_KEYS_HINT_ID} hidden lang={uiLang}>
          {labels.termKeys}
        </p>
      )}
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
