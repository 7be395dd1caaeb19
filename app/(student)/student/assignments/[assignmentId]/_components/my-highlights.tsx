import { getTranslations } from "next-intl/server";
import { deleteMyHighlight } from "@/lib/readings/actions";
import type { Script } from "@/lib/readings/script";
import { NoteEditor } from "./note-editor";

/** `shown` is the quote as the reader shows it (in the chosen script, converted in context). */
type Item = { id: string; shown: string; note: string; paragraph: { position: number } };

/** The student's highlights in reading order, each a link back to its paragraph. */
export async function MyHighlights({ items, script, errorMessages }: { items: Item[]; script: Script; errorMessages: Record<string, string> }) {
  const t = await getTranslations("reader");
  const labels = { noteLabel: t("noteLabel"), saved: t("saved"), saveNote: t("saveNote"), saving: t("saving") };
  return (
    <section id="my-highlights" aria-labelledby="my-highlights-heading" className="my-highlights">
      <h2 id="my-highlights-heading">{t("myHighlights")}</h2>
      {items.length === 0 ? (
        <p className="muted">{t("noHighlights")}</p>
      ) : (
        <ol>
          {items.map((h) => (
            <li key={h.id}>
              <a href={`#p-${h.paragraph.position}`} aria-label={t("jump", { n: h.paragraph.position })}>
                ¶{h.paragraph.position}
              </a>{" "}
              <q lang={script === "simp" ? "zh-Hans" : "zh-Hant"}>{h.shown}</q>
              {h.note && <p className="note">{h.note}</p>}
              <details>
                <summary>{t("editNote")}</summary>
                <NoteEditor highlightId={h.id} note={h.note} labels={labels} errorMessages={errorMessages} />
                <form action={deleteMyHighlight}>
                  <input type="hidden" name="highlightId" value={h.id} />
                  <button type="submit" className="button danger small">
                    {t("deleteHighlight")}
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
