/**
 * Converts between DOM ranges and character offsets inside one paragraph's text element. Offsets count
 * UTF-16 code units of the element's text, which is the paragraph's text (in either script: conversion
 * keeps lengths). Glossary buttons inside the paragraph hold only the term's own text, so they count too.
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

export function rangeFromOffsets(element: Element, start: number, end: number): Range | null {
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
