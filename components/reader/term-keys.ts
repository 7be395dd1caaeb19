/**
 * The article's glossary terms are one tab stop (article-paragraphs.tsx): the arrow keys move between them,
 * Home and End to the first and last, and the one last focused is where Tab comes back to (a roving
 * tabindex). One listener on the article's container, since its markup is static HTML rendered once.
 */
const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

export function moveBetweenTerms(event: React.KeyboardEvent<HTMLElement>) {
  // Shift and the rest belong to selecting text (caret browsing) and to the browser.
  if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
  const from = (event.target as Element).closest?.<HTMLElement>("button.term");
  if (!from) return;
  const terms = [...event.currentTarget.querySelectorAll<HTMLElement>("button.term")];
  const at = terms.indexOf(from);
  const to =
    event.key === "Home" ? 0 : event.key === "End" ? terms.length - 1 : event.key in STEP ? at + STEP[event.key]! : -1;
  const next = terms[to];
  if (!next) return;
  event.preventDefault(); // not a scroll of the page
  from.tabIndex = -1;
  // The hint was heard on arriving at the first term; once the keys are in use it would only repeat.
  from.removeAttribute("aria-describedby");
  next.tabIndex = 0;
  next.focus();
}
