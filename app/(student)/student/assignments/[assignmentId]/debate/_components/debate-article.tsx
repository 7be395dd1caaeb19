import { ShownText } from "@/components/reader/shown-text";
import type { ReaderView } from "@/lib/readings/reader-view";

/**
 * The reading beside the board, for choosing evidence: paragraph texts carry their id and number, and in 简
 * each phrase that stands for other original words is marked as the reader marks it (docs/decisions/0028).
 */
export function DebateArticle({ view, id, label }: { view: ReaderView; id: string; label: string }) {
  return (
    // Focusable: it scrolls on its own, and keyboard users must be able to scroll it.
    <aside id={id} className="debate-article" aria-label={label} lang={view.language} tabIndex={0}>
      <h2>{view.title}</h2>
      {view.paragraphs.map((p) => {
        const Tag = p.heading ? "h3" : "p";
        return (
          <Tag key={p.id} className={p.heading ? "para para-heading" : "para"}>
            <span className="pnum">¶{p.position}</span>{" "}
            <span className="ptext" data-pid={p.id} data-pos={p.position}>
              {p.segments.map((s, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a paragraph's segments are fixed text in a fixed order
                <ShownText key={i} segment={s} />
              ))}
            </span>
          </Tag>
        );
      })}
    </aside>
  );
}
