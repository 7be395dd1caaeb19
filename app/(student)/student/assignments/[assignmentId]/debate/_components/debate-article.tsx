import type { ReaderView } from "@/lib/readings/reader-view";

/** The reading beside the board, for choosing evidence: paragraph texts carry their id and number. */
export function DebateArticle({ view, id, label }: { view: ReaderView; id: string; label: string }) {
  return (
    // Focusable: it scrolls on its own, and keyboard users must be able to scroll it.
    <aside id={id} className="debate-article" aria-label={label} lang={view.language} tabIndex={0}>
      <h2>{view.title}</h2>
      {view.paragraphs.map((p) => (
        <p key={p.id} className="para">
          <span className="pnum">¶{p.position}</span>{" "}
          <span className="ptext" data-pid={p.id} data-pos={p.position}>
            {p.segments.map((s) => s.text).join("")}
          </span>
        </p>
      ))}
    </aside>
  );
}
