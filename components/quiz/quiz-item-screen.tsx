"use client";

import type { Ref } from "react";
import { useTranslations } from "@/components/use-translations";
import type { ErrorKey } from "@/lib/actions/result";
import type { RunnerItemProps, RunnerProps } from "@/lib/quiz/quiz-page-props";
import { ItemInput, type SaveWhen } from "./item-input";

type Props = {
  item: RunnerItemProps;
  index: number;
  total: number;
  headingRef: Ref<HTMLHeadingElement>;
  value: unknown;
  paragraphs: RunnerProps["paragraphs"];
  /** Why the server refused this item's answer, if it did. */
  refusal: ErrorKey | undefined;
  /** The answer shown is a newer one the student gave in another tab or device (this page's was older). */
  changedElsewhere: boolean;
  /** Sent but not yet confirmed, and why not (offline, or the server cannot save). */
  pending: boolean;
  offline: "network" | "server" | false;
  answered: boolean;
  onChange: (value: unknown, when: SaveWhen) => void;
  onLeave: () => void;
  onGo: (index: number) => void;
};

/** One item: its prompt as the legend of its answer, the answer's save state, previous and next. */
export function QuizItemScreen({
  item,
  index,
  total,
  headingRef,
  refusal,
  changedElsewhere,
  pending,
  offline,
  answered,
  onGo,
  ...input
}: Props) {
  const t = useTranslations("quiz");
  const tErrors = useTranslations("errors");
  return (
    <section className="quiz-item" aria-labelledby="item-heading">
      <h2 id="item-heading" tabIndex={-1} ref={headingRef}>
        {t("itemHeading", { n: index + 1, points: item.points })}
      </h2>
      <fieldset>
        <legend className="prompt">{item.prompt}</legend>
        <ItemInput
          item={item}
          value={input.value}
          paragraphs={input.paragraphs}
          onChange={input.onChange}
          onLeave={input.onLeave}
        />
      </fieldset>
      {refusal && (
        <p className="form-error" role="alert">
          {tErrors(refusal)}
        </p>
      )}
      {changedElsewhere && (
        <p className="notice" role="status">
          {t("changedElsewhere")}
        </p>
      )}
      <p className="hint">
        {pending
          ? offline
            ? t(offline === "server" ? "itemNotSavedServer" : "itemNotSaved")
            : t("saving")
          : answered
            ? t("itemSaved")
            : ""}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onGo(index - 1)} disabled={index === 0}>
          {t("previous")}
        </button>
        <button type="button" className="button primary" onClick={() => onGo(index + 1)}>
          {index === total - 1 ? t("toReview") : t("next")}
        </button>
      </div>
    </section>
  );
}
