"use client";

import { useEffect, useRef } from "react";
import { recordMyProgress } from "@/lib/readings/actions";

const SEND_EVERY_MS = 2000;

/**
 * Reports the furthest paragraph the student has scrolled to, at most every two seconds and when the
 * page is hidden. On arrival it returns them to where they left off (unless a link named a place).
 */
export function ProgressTracker({ assignmentId, furthest }: { assignmentId: string; furthest: number }) {
  const reported = useRef(furthest);
  const seen = useRef(furthest);

  useEffect(() => {
    if (furthest > 1 && !window.location.hash) document.getElementById(`p-${furthest}`)?.scrollIntoView({ block: "start" });
  }, [furthest]);

  useEffect(() => {
    const send = () => {
      if (seen.current <= reported.current) return;
      const position = seen.current;
      recordMyProgress({ assignmentId, position }).then(
        (result) => result.ok && (reported.current = Math.max(reported.current, position)),
        () => {}, // offline: the next tick sends the furthest position again
      );
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const position = Number((entry.target as HTMLElement).dataset.pos);
          if (entry.isIntersecting && position > seen.current) seen.current = position;
        }
      },
      { threshold: 0.6 },
    );
    document.querySelectorAll<HTMLElement>(".para[data-pos]").forEach((p) => observer.observe(p));
    const timer = window.setInterval(send, SEND_EVERY_MS);
    const onHide = () => document.visibilityState === "hidden" && send();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      observer.disconnect();
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onHide);
    };
  }, [assignmentId]);

  return null;
}
