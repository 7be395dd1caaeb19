"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { passageInElement } from "@/lib/readings/dom-offsets";

export type Evidence = {
  paragraphId: string;
  position: number;
  start: number;
  end: number;
  text: string;
  script: "trad" | "simp";
};

type Props = {
  /** The student's highlights from the reader, as shown in their script. */
  highlights: Evidence[];
  script: "trad" | "simp";
  /** The id of the article element on the page (paragraph texts carry data-pid and data-pos). */
  articleId: string;
  value: Evidence[];
  onChange: (value: Evidence[]) => void;
};

const same = (a: Evidence, b: Evidence) => a.paragraphId === b.paragraphId && a.start === b.start && a.end === b.end;

/**
 * Evidence for a post: the student's highlights, or a passage selected in the article on this page. What
 * is sent is (paragraph id, range, text as shown); the server checks it against the original.
 */
export function EvidencePicker({ highlights, script, articleId, value, onChange }: Props) {
  const t = useTranslations("debate");
  const [selection, setSelection] = useState<Evidence | null>(null);

  useEffect(() => {
    const onSelect = () => {
      const sel = document.getSelection();
      const article = document.getElementById(articleId);
      // A click elsewhere (on "add") may collapse the selection: keep the last passage chosen in the article.
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !article) return;
      const range = sel.getRangeAt(0);
      const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      const paragraph = start?.closest<HTMLElement>("[data-pid]");
      if (!paragraph || !article.contains(paragraph)) return;
      // On the original, trimmed, whole phrases in 简, with the text as shown (lib/readings/dom-offsets.ts).
      const passage = passageInElement(paragraph, range);
      if (!passage) return setSelection(null);
      setSelection({
        paragraphId: paragraph.dataset.pid!,
        position: Number(paragraph.dataset.pos),
        ...passage,
        script,
      });
    };
    document.addEventListener("selectionchange", onSelect);
    document.addEventListener("mouseup", onSelect);
    return () => {
      document.removeEventListener("selectionchange", onSelect);
      document.removeEventListener("mouseup", onSelect);
    };
  }, [articleId, script]);

  const toggle = (e: Evidence, on: boolean) =>
    onChange(on ? [...value.filter((v) => !same(v, e)), e] : value.filter((v) => !same(v, e)));

  return (
    <fieldset className="evidence">
      <legend>{t("evidence")}</legend>
      <p className="hint">{t("evidenceHint")}</p>
      {highlights.length > 0 && (
        <div className="choices">
          {highlights.map((h) => (
            <label key={`${h.paragraphId}:${h.start}`} className="choice">
              <input
                type="checkbox"
                checked={value.some((v) => same(v, h))}
                onChange={(e) => toggle(h, e.target.checked)}
              />
              <span>
                <b>¶{h.position}</b> 「{h.text}」
              </span>
            </label>
          ))}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button small"
          aria-disabled={!selection}
          onClick={() => selection && toggle(selection, true)}
        >
          {t("addSelection")}
        </button>
        {selection && (
          <span className="hint">
            「{selection.text.length > 30 ? `${selection.text.slice(0, 30)}…` : selection.text}」
          </span>
        )}
      </div>
      {value.length > 0 && (
        <ul className="chosen-evidence" aria-label={t("chosenEvidence")}>
          {value.map((v) => (
            <li key={`${v.paragraphId}:${v.start}`}>
              ¶{v.position} 「{v.text}」{" "}
              <button type="button" className="link-button" onClick={() => toggle(v, false)}>
                {t("removeEvidence")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
