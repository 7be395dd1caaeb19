import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { newClientKey } from "@/components/client-key";
import { errorKey, postJson } from "@/components/post-json";
import { passageInElement, rangeFromOffsets } from "@/lib/readings/dom-offsets";
import type { Script } from "@/lib/readings/script";
import { useReaderRefresh } from "./reader-refresh";
import { type PickedRange, SentencePicker, type SentencePickerLabels } from "./sentence-picker";

type Saved = { id: string; paragraphId: string; start: number; end: number };
type HighlighterLabels = SentencePickerLabels &
  Record<
    "highlightSelection" | "crossParagraph" | "noteLabel" | "notePlaceholder" | "saving" | "saveHighlight" | "cancel",
    string
  >;
type Pending = { paragraphId: string; start: number; end: number; text: string; clipped: boolean };

/**
 * Wraps the article. Shows the student's highlights with the CSS Custom Highlight API
 * (the article's markup stays as rendered, untouched), and turns a text selection into a new highlight.
 */
type Props = {
  assignmentId: string;
  script: Script;
  highlights: Saved[];
  /** Text comes from the server as props: the reader ships no message catalog or formatter. */
  labels: HighlighterLabels;
  errorMessages: Record<string, string>;
  children: ReactNode;
};

export function Highlighter({ assignmentId, script, highlights, labels, errorMessages, children }: Props) {
  const refresh = useReaderRefresh();
  const container = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const noteId = useId();
  const saveButton = useRef<HTMLButtonElement>(null);
  const clientKey = useRef<string | null>(null);
  const opened = pending !== null;
  /** Whether the panel, when it opens, takes focus: yes after a mouse, touch or key, not while a selection is still moving. */
  const focusWhenOpened = useRef(false);

  // Keyboard users: the panel takes focus when it opens (it comes after the whole article). The save
  // button rather than the note field, so phones do not pop up their keyboard for every selection.
  useEffect(() => {
    if (opened && focusWhenOpened.current) saveButton.current?.focus({ preventScroll: true });
  }, [opened]);

  /** Closes the panel without saving; focus goes back to the article, where the selection was. */
  const close = useCallback(() => {
    setPending(null);
    clientKey.current = null; // the next selection is a new highlight
    document.getSelection()?.removeAllRanges();
    container.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    const root = container.current;
    if (!root || typeof CSS === "undefined" || !("highlights" in CSS)) return;
    const ranges = highlights
      .map((h) => {
        const el = root.querySelector(`[data-pid="${CSS.escape(h.paragraphId)}"]`);
        return el && rangeFromOffsets(el, h.start, h.end);
      })
      .filter((r): r is Range => Boolean(r));
    CSS.highlights.set("student-highlight", new Highlight(...ranges));
    return () => void CSS.highlights.delete("student-highlight");
  }, [highlights]);

  const onSelectionEnd = useCallback((takeFocus: boolean) => {
    const selection = document.getSelection();
    const root = container.current;
    if (!selection || selection.isCollapsed || !root || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const startNode =
      range.startContainer.nodeType === Node.TEXT_NODE
        ? range.startContainer.parentElement
        : (range.startContainer as Element);
    const paragraph = startNode?.closest("[data-pid]");
    if (!paragraph || !root.contains(paragraph)) return;
    // On the original text, trimmed, whole phrases in 简; with the text shown, which the server checks.
    const passage = passageInElement(paragraph, range);
    if (!passage) return;
    const { start, end, text } = passage;
    setError(undefined);
    focusWhenOpened.current = takeFocus;
    const paragraphId = paragraph.getAttribute("data-pid")!;
    setPending((before) => {
      // Another range is another highlight; the same one found again (the selection settling) keeps its key.
      if (before?.paragraphId !== paragraphId || before.start !== start || before.end !== end) clientKey.current = null;
      return {
        paragraphId,
        start,
        end,
        text,
        clipped: !paragraph.contains(range.endContainer),
      };
    });
  }, []);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const ended = () => onSelectionEnd(true);
    // Keys: on the whole page, since with caret browsing (shift + arrows) they go to the page, not the
    // article. Escape is the panel's own (it closes it).
    // While Shift is held the selection is still growing (shift + arrows): wait for Shift to be let go.
    const keyEnded = (e: KeyboardEvent) => e.key !== "Escape" && !e.shiftKey && ended();
    // Phones move a selection with handles that send the page no touch events: follow the selection
    // itself once it has settled, without taking focus (the student may still be adjusting it).
    let settle: number | undefined;
    const changed = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => onSelectionEnd(false), 400);
    };
    root.addEventListener("mouseup", ended);
    root.addEventListener("touchend", ended);
    document.addEventListener("keyup", keyEnded);
    document.addEventListener("selectionchange", changed);
    return () => {
      window.clearTimeout(settle);
      root.removeEventListener("mouseup", ended);
      root.removeEventListener("touchend", ended);
      document.removeEventListener("keyup", keyEnded);
      document.removeEventListener("selectionchange", changed);
    };
  }, [onSelectionEnd]);

  /** A range chosen sentence by sentence (SentencePicker): the same panel as for a selection, focused. */
  const pick = useCallback((range: PickedRange) => {
    setError(undefined);
    focusWhenOpened.current = true;
    clientKey.current = null;
    setPending({ ...range, clipped: false });
  }, []);

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (!pending) return;
    setSaving(true);
    setError(undefined);
    try {
      const result = await postJson("/api/reader/highlights", {
        assignmentId,
        paragraphId: pending.paragraphId,
        start: pending.start,
        end: pending.end,
        text: pending.text,
        script,
        note: form.get("note"),
        // The same key for every try at saving this selection: a resend after a lost reply saves it once.
        clientKey: (clientKey.current ??= newClientKey()),
      });
      if (result.ok) {
        close();
        await refresh();
      } else {
        setError(errorKey(result));
      }
    } catch {
      setError("network");
    }
    setSaving(false);
  }

  return (
    <div ref={container} className="highlighter" tabIndex={-1}>
      <SentencePicker article={() => container.current} labels={labels} onPick={pick} />
      {children}
      {pending && (
        <form
          onSubmit={save}
          className="selection-panel"
          aria-label={labels.highlightSelection}
          onKeyDown={(e) => e.key === "Escape" && close()}
        >
          <p className="selection-quote" lang={script === "simp" ? "zh-Hans" : "zh-Hant"}>
            「{pending.text}」
          </p>
          {pending.clipped && <p className="hint">{labels.crossParagraph}</p>}
          <label htmlFor={noteId}>{labels.noteLabel}</label>
          <textarea
            id={noteId}
            name="note"
            rows={2}
            placeholder={labels.notePlaceholder}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${noteId}-error` : undefined}
          />
          <div role="status" aria-live="polite">
            {error && (
              <p id={`${noteId}-error`} className="form-error">
                {errorMessages[error] ?? errorMessages.unexpected}
              </p>
            )}
          </div>
          <div className="button-row">
            <button ref={saveButton} type="submit" className="button primary" disabled={saving}>
              {saving ? labels.saving : labels.saveHighlight}
            </button>
            <button type="button" className="button" onClick={close}>
              {labels.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
