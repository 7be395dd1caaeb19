import type { MyHighlight, ReaderProps } from "@/lib/readings/reader-page";
import type { Script } from "@/lib/readings/script";
import { NoteEditor } from "./note-editor";

type Props = {
  items: MyHighlight[];
  script: Script;
  labels: ReaderProps["labels"];
  jumpLabels: Record<number, string>;
  errorMessages: Record<string, string>;
};

/** The student's highlights in reading order, each a link back to its paragraph. Deleting is a plain form post. */
export function MyHighlights({ items, script, labels, jumpLabels, errorMessages }: Props) {
  return (
    <section id="my-highlights" aria-labelledby="my-highlights-heading" className="my-highlights">
      <h2 id="my-highlights-heading">{labels.myHighlights}</h2>
      {items.length === 0 ? (
        <p className="muted">{labels.noHighlights}</p>
      ) : (
        <ol>
          {items.map((h) => (
            <li key={h.id}>
              <a href={`#p-${h.position}`} aria-label={jumpLabels[h.position]}>
                ¶{h.position}
              </a>{" "}
              <q lang={script === "simp" ? "zh-Hans" : "zh-Hant"}>{h.shown}</q>
              {h.note && <p className="note">{h.note}</p>}
              <details>
                <summary>{labels.editNote}</summary>
                <NoteEditor highlightId={h.id} note={h.note} labels={labels} errorMessages={errorMessages} />
                <form method="post" action="/api/reader/highlights/delete">
                  <input type="hidden" name="highlightId" value={h.id} />
                  <button type="submit" className="button danger small">
                    {labels.deleteHighlight}
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
