import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { trimRange } from "@/lib/readings/anchors";
import { offsetsInElement, rangeFromOffsets } from "@/lib/readings/dom-offsets";
import type { Script } from "@/lib/readings/script";
import { errorKey, postJson } from "./post-json";
import { useRefresh } from "./use-refresh";

type Saved = { id: string; paragraphId: string; start: number; end: number };
type HighlighterLabels = Record<"highlightSelection" | "crossParagraph" | "noteLabel" | "notePlaceholder" | "saving" | "saveHighlight" | "cancel", string>;
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
  const refresh = useRefresh();
  const container = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const noteId = useId();
  const saveButton = useRef<HTMLButtonElement>(null);
  const opened = pending !== null;

  // Keyboard users: the panel takes focus when it opens (it comes after the whole article). The save
  // button rather than the note field, so phones do not pop up their keyboard for every selection.
  useEffect(() => {
    if (opened) saveButton.current?.focus({ preventScroll: true });
  }, [opened]);

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

  const onSelectionEnd = useCallback(() => {
    const selection = document.getSelection();
    const root = container.current;
    if (!selection || selection.isCollapsed || !root || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const startNode = range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.parentElement : (range.startContainer as Element);
    const paragraph = startNode?.closest("[data-pid]");
    if (!paragraph || !root.contains(paragraph)) return;
    const offsets = offsetsInElement(paragraph, range);
    if (!offsets) return;
    // A drag often catches a space or line end: the server checks the exact text, so trim the range.
    const full = paragraph.textContent ?? "";
    const { start, end } = trimRange(full, offsets.start, offsets.end);
    if (end <= start) return;
    setError(undefined);
    setPending({ paragraphId: paragraph.getAttribute("data-pid")!, start, end, text: full.slice(start, end), clipped: !paragraph.contains(range.endContainer) });
  }, []);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // mouseup for pointers, keyup for keyboard selection (shift + arrows), touchend for phones.
    const events = ["mouseup", "keyup", "touchend"] as const;
    for (const e of events) root.addEventListener(e, onSelectionEnd);
    return () => events.forEach((e) => root.removeEventListener(e, onSelectionEnd));
  }, [onSelectionEnd]);

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
      });
      if (result.ok) {
        setPending(null);
        document.getSelection()?.removeAllRanges();
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
    <div ref={container} className="highlighter">
      {children}
      {pending && (
        <form onSubmit={save} className="selection-panel" aria-label={labels.highlightSelection} onKeyDown={(e) => e.key === "Escape" && setPending(null)}>
          <p className="selection-quote" lang={script === "simp" ? "zh-Hans" : "zh-Hant"}>
            「{pending.text}」
          </p>
          {pending.clipped && <p className="hint">{labels.crossParagraph}</p>}
          <label htmlFor={noteId}>{labels.noteLabel}</label>
          <textarea id={noteId} name="note" rows={2} placeholder={labels.notePlaceholder} />
          <div role="status" aria-live="polite">
            {error && <p className="form-error">{errorMessages[error] ?? errorMessages.unexpected}</p>}
          </div>
          <div className="button-row">
            <button ref={saveButton} type="submit" className="button primary" disabled={saving}>
              {saving ? labels.saving : labels.saveHighlight}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              {labels.cancel}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
