/**
 * Where the reader should be after its own form posts reload the page (the 繁/简 switch, "mark as read"):
 * the paragraph that was in view, or the "mark as read" button, instead of the furthest paragraph read.
 * Kept in sessionStorage for this page only, and read once.
 */
type Place = number | "mark-read";
const key = () => `reader-place:${window.location.pathname}`;

export function keepPlace(place: Place | null): void {
  if (place === null) return;
  try {
    window.sessionStorage.setItem(key(), String(place));
  } catch {
    // storage refused (private mode): the page opens where it would anyway
  }
}

export function takeKeptPlace(): Place | null {
  try {
    const kept = window.sessionStorage.getItem(key());
    window.sessionStorage.removeItem(key());
    if (kept === "mark-read") return kept;
    const n = Number(kept);
    return kept && Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

/** The number of the paragraph at the top of the screen (the first not wholly scrolled past), or null. */
export function paragraphInView(): number | null {
  for (const p of document.querySelectorAll<HTMLElement>(".para[data-pos]"))
    if (p.getBoundingClientRect().bottom > 8) return Number(p.dataset.pos);
  return null;
}
