"use client";

import type { Ref, RefObject } from "react";
import { useTranslations } from "@/components/use-translations";
import type { ErrorKey } from "@/lib/actions/result";

/** The review screen: which items are still unanswered (each a link back), and the submit button. */
export function QuizReview({
  headingRef,
  unanswered,
  onGo,
  onSubmit,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  /** Indexes of the unanswered items. */
  unanswered: number[];
  onGo: (index: number) => void;
  onSubmit: () => void;
}) {
  const t = useTranslations("quiz");
  return (
    <section className="quiz-item" aria-labelledby="item-heading">
      <h2 id="item-heading" tabIndex={-1} ref={headingRef}>
        {t("reviewTitle")}
      </h2>
      {unanswered.length === 0 ? (
        <p>{t("allAnswered")}</p>
      ) : (
        <>
          <p>{t("unansweredIntro", { count: unanswered.length })}</p>
          <ul className="unanswered">
            {unanswered.map((i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => onGo(i)}>
                  {t("goToItem", { n: i + 1 })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button primary" onClick={onSubmit}>
        {t("submit")}
      </button>
    </section>
  );
}

/** The confirmation before the one submit: what is unanswered, that it is final, and why it failed if it did. */
export function SubmitDialog({
  dialogRef,
  unanswered,
  error,
  submitting,
  onConfirm,
}: {
  dialogRef: RefObject<HTMLDialogElement | null>;
  unanswered: number[];
  error: ErrorKey | "notAllSaved" | null;
  submitting: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("quiz");
  const tErrors = useTranslations("errors");
  return (
    <dialog ref={dialogRef} aria-labelledby="confirm-heading" className="confirm-dialog">
      <h2 id="confirm-heading">{t("confirmTitle")}</h2>
      <p>{unanswered.length ? t("confirmUnanswered", { count: unanswered.length }) : t("confirmAllAnswered")}</p>
      {unanswered.length > 0 && <p>{t("unansweredList", { list: unanswered.map((i) => i + 1).join("、") })}</p>}
      <p>{t("confirmFinal")}</p>
      {error && (
        <p className="form-error" role="alert">
          {error === "notAllSaved" ? t("notAllSaved") : tErrors(error)}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          aria-disabled={submitting}
          onClick={() => !submitting && onConfirm()}
        >
          {submitting ? t("submitting") : t("confirmSubmit")}
        </button>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
