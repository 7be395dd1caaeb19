import { useEffect, useEffectEvent, useId, useState } from "react";
import { passageOfShown, runsInElement } from "@/lib/readings/dom-offsets";
import type { Run } from "@/lib/readings/runs";
import { sentencesOf } from "@/lib/readings/sentences";

export type PickedRange = { paragraphId: string; start: number; end: number; text: string };
/** `text` as shown; `runs` map it to the original, which the highlight's offsets count (runs.ts). */
type Paragraph = { id: string; position: number; text: string; runs: Run[] };
export type SentencePickerLabels = Record<
  "keyboardHighlight" | "pickParagraph" | "pickSentences" | "pickSentencesHint" | "pickSubmit" | "pickNothing",
  string
>;

/**
 * Highlighting without a mouse (WCAG 2.1.1): choose a paragraph, tick its sentences, and the highlight panel
 * opens for them, as it does for a selection. From the first ticked sentence to the last. Every control is a
 * native one (details, select, checkboxes), so screen readers announce each as it is used. The paragraphs are
 * read from the article on the page, in the script it is shown in.
 */
export function SentencePicker({
  article,
  labels,
  onPick,
}: {
  article: () => HTMLElement | null;
  labels: SentencePickerLabels;
  onPick: (range: PickedRange) => void;
}) {
  const id = useId();
  const [paragraphs, setParagraphs] = useState<Paragraph[]>([]);
  const [chosen, setChosen] = useState(0);
  const [error, setError] = useState(false);
  const paragraph = paragraphs[chosen];
  const sentences = paragraph ? sentencesOf(paragraph.text) : [];

  // Read once the page's script runs, whether or not the picker is open yet: a student may open it (a native
  // <details>) before then, and it must fill in when the script arrives.
  const readArticle = useEffectEvent(() =>
    setParagraphs(
      [...(article()?.querySelectorAll<HTMLElement>("[data-pid]") ?? [])].map((el) => ({
        id: el.dataset.pid!,
        position: Number(el.closest<HTMLElement>("[data-pos]")?.dataset.pos ?? 0),
        text: el.textContent ?? "",
        runs: runsInElement(el),
      })),
    ),
  );
  useEffect(() => readArticle(), []);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ticked = new FormData(event.currentTarget).getAll("sentence").map(Number);
    if (!paragraph || ticked.length === 0) return setError(true);
    const first = sentences[Math.min(...ticked)]!;
    const last = sentences[Math.max(...ticked)]!;
    setError(false);
    // Sentences are cut on the text as shown; the highlight is on the original (the same in 繁).
    onPick({ paragraphId: paragraph.id, ...passageOfShown(paragraph.runs, first.start, last.end) });
  }

  return (
    <details className="sentence-picker">
      <summary>{labels.keyboardHighlight}</summary>
      <form onSubmit={submit} className="stack">
        <label htmlFor={`${id}-paragraph`}>{labels.pickParagraph}</label>
        <select
          id={`${id}-paragraph`}
          value={chosen}
          onChange={(e) => {
            setChosen(Number(e.target.value));
            setError(false);
          }}
        >
          {paragraphs.map((p, i) => (
            <option key={p.id} value={i}>
              ¶{p.position} {p.text.slice(0, 16)}
              {p.text.length > 16 ? "…" : ""}
            </option>
          ))}
        </select>
        <fieldset aria-describedby={`${id}-hint`}>
          <legend>{labels.pickSentences}</legend>
          <p id={`${id}-hint`} className="hint">
            {labels.pickSentencesHint}
          </p>
          {/* Keyed by paragraph, so ticks do not carry over to another paragraph's sentences. */}
          <div key={paragraph?.id} className="choices">
            {sentences.map((s, i) => (
              <label key={s.start} className="choice">
                <input type="checkbox" name="sentence" value={i} /> <span>{s.text}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div role="status">{error && <p className="form-error">{labels.pickNothing}</p>}</div>
        <button type="submit" className="button">
          {labels.pickSubmit}
        </button>
      </form>
    </details>
  );
}
