import { useEffect, useRef, useState } from "react";
import { paragraphInView } from "./keep-place";

const SIZES = [0.9, 1, 1.15, 1.3, 1.5, 1.75];
const KEY = "reader-text-size";

/** Kept in this browser only; shown once JavaScript runs (it does nothing without it). */
export function TextSizeControl({ labels }: { labels: Record<"textSize" | "smaller" | "larger", string> }) {
  const [index, setIndex] = useState<number | null>(null);
  // The paragraph at the top of the screen when the size changed: it stays there as the text reflows.
  const anchor = useRef<number | null>(null);
  const resize = (next: number) => {
    anchor.current = paragraphInView();
    setIndex(next);
  };

  useEffect(() => {
    const stored = Number(window.localStorage.getItem(KEY));
    setIndex(SIZES.includes(stored) ? SIZES.indexOf(stored) : 1);
  }, []);

  useEffect(() => {
    if (index === null) return;
    document.documentElement.style.setProperty("--reader-scale", String(SIZES[index]));
    window.localStorage.setItem(KEY, String(SIZES[index]));
    if (anchor.current !== null) document.getElementById(`p-${anchor.current}`)?.scrollIntoView({ block: "start" });
    anchor.current = null;
  }, [index]);

  if (index === null) return null;
  // Each button's name starts with what it shows (A− / A+), so a speech user can say what they see (WCAG 2.5.3).
  return (
    // biome-ignore lint/a11y/useSemanticElements: two buttons named together, not form fields (a fieldset would add a form group's frame)
    <div role="group" aria-label={labels.textSize} className="button-row">
      <button
        type="button"
        className="button small"
        onClick={() => resize(Math.max(0, index - 1))}
        disabled={index === 0}
        aria-label={`A− ${labels.smaller}`}
      >
        A−
      </button>
      <button
        type="button"
        className="button small"
        onClick={() => resize(Math.min(SIZES.length - 1, index + 1))}
        disabled={index === SIZES.length - 1}
        aria-label={`A+ ${labels.larger}`}
      >
        A+
      </button>
    </div>
  );
}
