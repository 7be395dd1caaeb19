"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { ErrorKey } from "@/lib/actions/result";
import { gradeAnswerAction } from "@/lib/quiz/teacher-actions";

export type GradeFormLabels = {
  form: string;
  score: string;
  reason: string;
  submit: string;
  pending: string;
  saved: string;
};

type Props = {
  attemptId: string;
  itemId: string;
  points: number;
  reasonRequired: boolean;
  labels: GradeFormLabels;
  defaultScore?: number | null;
  defaultReason?: string | null;
};

/**
 * One item's score (and reason or feedback). `action` lets the form post before the JavaScript has loaded;
 * once it has, onSubmit sends it instead, so a refused score does not wipe what the teacher typed.
 */
export function GradeForm({ attemptId, itemId, points, reasonRequired, labels, defaultScore, defaultReason }: Props) {
  const t = useTranslations("errors");
  const [state, formAction, pending] = useActionState(gradeAnswerAction, null);
  const id = useId();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formError = state && !state.ok ? (state.formError ?? "formHasErrors") : undefined;
  const errorText = (keys?: ErrorKey[]) => keys?.map((key) => t(key)).join(" ");
  const scoreError = errorText(fieldErrors?.score);
  const reasonError = errorText(fieldErrors?.reason);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate aria-label={labels.form} className="stack">
      <input type="hidden" name="attemptId" value={attemptId} />
      <input type="hidden" name="itemId" value={itemId} />
      <div className="field">
        <label htmlFor={`${id}-score`}>{labels.score}</label>
        <input
          id={`${id}-score`}
          name="score"
          type="number"
          inputMode="decimal"
          min={0}
          max={points}
          step="any"
          defaultValue={defaultScore ?? undefined}
          aria-invalid={scoreError ? true : undefined}
          aria-describedby={scoreError ? `${id}-score-error` : undefined}
        />
        {scoreError && (
          <p id={`${id}-score-error`} className="field-error">
            {scoreError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{labels.reason}</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          maxLength={1000}
          defaultValue={defaultReason ?? undefined}
          aria-required={reasonRequired || undefined}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
        />
        {reasonError && (
          <p id={`${id}-reason-error`} className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      <FormStatus error={formError} success={state?.ok ? labels.saved : undefined} />
      <SubmitButton label={labels.submit} pendingLabel={labels.pending} pending={pending} />
    </form>
  );
}
