import { trimRange } from "./anchors";
import { type Run, shownSlice, toOriginal, toShown } from "./runs";

/**
 * Converts between DOM ranges and offsets inside one paragraph's text element. Offsets are UTF-16 units of
 * the paragraph's ORIGINAL text (docs/decisions/0007). In 繁, and in 简 wherever a conversion kept the length,
 * the element's text counts the same; a Simplified phrase that stands for other original words (記憶體 →
 * 内存) is rendered as one element with `data-orig-len` (article-paragraphs.tsx) and counts as that many
 * units, whole: a selection that starts or ends inside it takes all of it. Glossary buttons inside the
 * paragraph hold only the term's own text, so they count too.
 */

/** The element's text as runs of the original (runs.ts), read from its markup. */
export function runsInElement(element: Element): Run[] {
  const runs: Run[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shown = node.textContent ?? "";
    const original = node.parentElement?.getAttribute("data-orig-len");
    if (original) runs.push({ shown, length: Number(original), atomic: true });
    else if (shown) runs.push({ shown, length: shown.length });
  }
  return runs;
}

/**
 * Offsets of `range` in the element's SHOWN text (what Range counts), the part inside the element: the
 * original's only where no phrase changed length. For a passage to store or quote, use passageInElement.
 */
export function offsetsInElement(element: Element, range: Range): { start: number; end: number } | null {
  if (!element.contains(range.startContainer) && range.startContainer !== element) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  let end: number;
  if (element.contains(range.endContainer) || range.endContainer === element) {
    const upToEnd = document.createRange();
    upToEnd.selectNodeContents(element);
    upToEnd.setEnd(range.endContainer, range.endOffset);
    end = upToEnd.toString().length;
  } else {
    // The selection runs past this paragraph: keep the part inside it.
    end = (element.textContent ?? "").length;
  }
  return end > start ? { start, end } : null;
}

/**
 * A selection in the element as a passage of the original: its range, trimmed of the space or line end a
 * drag often catches, and the text shown for it (what the server compares, in the student's script).
 */
export function passageInElement(element: Element, range: Range): { start: number; end: number; text: string } | null {
  const offsets = offsetsInElement(element, range);
  if (!offsets) return null;
  const trimmed = trimRange(element.textContent ?? "", offsets.start, offsets.end);
  if (trimmed.end <= trimmed.start) return null;
  return passageOfShown(runsInElement(element), trimmed.start, trimmed.end);
}

/** Shown offsets [start, end) as a passage of the original, widened to whole phrases (runs.ts). */
export function passageOfShown(runs: readonly Run[], start: number, end: number) {
  const original = { start: toOriginal(runs, start, "start"), end: toOriginal(runs, end, "end") };
  return { ...original, text: shownSlice(runs, original.start, original.end) };
}

/** The DOM range of the original offsets [start, end) in the element, widened to whole phrases. */
export function rangeFromOffsets(element: Element, start: number, end: number): Range | null {
  const runs = runsInElement(element);
  return shownRange(element, toShown(runs, start, "start"), toShown(runs, end, "end"));
}

function shownRange(element: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!startSet && start <= seen + length) {
      range.setStart(node, start - seen);
      startSet = true;
    }
    if (startSet && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}
