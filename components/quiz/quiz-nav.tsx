"use client";

import { useTranslations } from "next-intl";

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
  return (
    <nav aria-label={t("itemsNav")} className="quiz-nav">
      <ol>
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
