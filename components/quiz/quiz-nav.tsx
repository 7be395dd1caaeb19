"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "@/components/use-translations";

type Props = {
  itemIds: string[];
  /** The item on screen; itemIds.length is the review. */
  index: number;
  answered: (itemId: string) => boolean;
  onGo: (index: number) => void;
};

/** One button per item, marked answered or not (in words too, for screen readers), then the review. */
export function QuizNav({ itemIds, index, answered, onGo }: Props) {
  const t = useTranslations("quiz");
  const [answeredLabel, notAnsweredLabel] = [t("answered"), t("notAnswered")];
  const list = useRef<HTMLOListElement>(null);
  // On a phone the navigator is one row that scrolls sideways: keep the current item's button in view
  // (moving the row only, never the page).
  useEffect(() => {
    const ol = list.current;
    const current = ol?.children[index]?.firstElementChild;
    if (!ol || !current || ol.scrollWidth <= ol.clientWidth) return;
    const { left } = current.getBoundingClientRect();
    ol.scrollLeft += left - ol.getBoundingClientRect().left - ol.clientWidth / 2;
  }, [index]);
  return (
    <nav aria-label={t("itemsNav")} className="quiz-nav">
      <ol ref={list}>
        {itemIds.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className={answered(id) ? "answered" : undefined}
              aria-current={i === index ? "step" : undefined}
              onClick={() => onGo(i)}
            >
              {i + 1}
              <span className="visually-hidden">{answered(id) ? answeredLabel : notAnsweredLabel}</span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            aria-current={index === itemIds.length ? "step" : undefined}
            onClick={() => onGo(itemIds.length)}
          >
            {t("reviewTitle")}
          </button>
        </li>
      </ol>
    </nav>
  );
}
