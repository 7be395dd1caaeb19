import { useEffect, useEffectEvent, useRef } from "react";
import { postJson } from "@/components/post-json";
import { takeKeptPlace } from "./keep-place";

const SEND_EVERY_MS = 2000;

/**
 * Reports the furthest paragraph the student has scrolled to, at most every two seconds and when the
 * page is hidden. On arrival it returns them to where they left off, unless a link named a place or
 * `stayAtTop` (the page opens with a message there: why a form post changed nothing).
 */
export function ProgressTracker({
  assignmentId,
  furthest,
  stayAtTop = false,
}: {
  assignmentId: string;
  furthest: number;
  stayAtTop?: boolean;
}) {
  const reported = useRef(furthest);
  const seen = useRef(furthest);
  // A jump (a link to #my-highlights or to a paragraph, the return to where they left off) shows paragraphs
  // nobody scrolled through: what is on screen just after it does not count as read, only what scrolling
  // brings on screen after that.
  const landing = useRef(false);

  // On arrival only: later prop refreshes (after a highlight is saved) must not move the page.
  const arrival = useRef(furthest);
  const returnToPlace = useEffectEvent((jumped: () => void) => {
    // The return to where they left off is a jump too: the paragraphs below it are on screen, not yet read.
    // After the page's own form posts (繁/简, "mark as read") it goes back to where the student was instead.
    const kept = takeKeptPlace();
    if (kept === "mark-read") {
      jumped();
      const button = document.getElementById("mark-read-button");
      button?.scrollIntoView({ block: "center" });
      button?.focus({ preventScroll: true });
    } else if (kept !== null) {
      jumped();
      document.getElementById(`p-${kept}`)?.scrollIntoView({ block: "start" });
    } else if (window.location.hash) jumped();
    else if (arrival.current > 1 && !stayAtTop) {
      jumped();
      document.getElementById(`p-${arrival.current}`)?.scrollIntoView({ block: "start" });
    }
  });
  useEffect(() => {
    const jumped = () => {
      landing.current = true;
    };
    returnToPlace(jumped);
    // Any link within the page, even one whose #place is already in the address (no hashchange then).
    const onClick = (event: MouseEvent) => (event.target as Element | null)?.closest?.('a[href^="#"]') && jumped();
    window.addEventListener("hashchange", jumped);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("hashchange", jumped);
      document.removeEventListener("click", onClick, true);
    };
  }, []);

  useEffect(() => {
    let refused = false;
    const send = (leaving = false) => {
      if (refused || seen.current <= reported.current) return;
      const position = seen.current;
      postJson("/api/reader/progress", { assignmentId, position }, { keepalive: leaving }).then(
        (result) => {
          if (result.ok) reported.current = Math.max(reported.current, position);
          else refused = true; // signed out or removed: retrying cannot help
        },
        () => {}, // offline: the next tick sends the furthest position again
      );
    };
    // A paragraph counts as read once most of it is on screen, or, for one taller than the screen,
    // once it fills most of the screen.
    const observer = new IntersectionObserver(
      (entries) => {
        // The first report after a jump is the screen it landed on: skipped. Scrolling on from there counts.
        if (landing.current) {
          landing.current = false;
          return;
        }
        for (const entry of entries) {
          const position = Number((entry.target as HTMLElement).dataset.pos);
          const fillsScreen = entry.intersectionRect.height >= 0.6 * window.innerHeight;
          if ((entry.intersectionRatio >= 0.6 || fillsScreen) && position > seen.current) seen.current = position;
        }
      },
      { threshold: [0, 0.25, 0.5, 0.6, 0.75, 1] },
    );
    for (const p of document.querySelectorAll<HTMLElement>(".para[data-pos]")) observer.observe(p);
    const timer = window.setInterval(() => send(), SEND_EVERY_MS);
    // Leaving (tab hidden, page closed or navigated away): the last position goes with keepalive, which
    // the browser completes after the page is gone.
    const onHide = () => document.visibilityState === "hidden" && send(true);
    const onPageHide = () => send(true);
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      observer.disconnect();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [assignmentId]);

  return null;
}
