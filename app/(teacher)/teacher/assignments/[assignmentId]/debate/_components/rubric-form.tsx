"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { Rubric } from "@/lib/debate/board-report";
import { gradeParticipantAction } from "@/lib/debate/teacher-actions";
import { FEEDBACK_MAX, RUBRIC_MAX } from "@/lib/debate/teacher-schema";

const CRITERIA = ["claim", "evidence", "reasoning", "rebuttal"] as const;
const SCORES = Array.from({ length: RUBRIC_MAX }, (_, i) => i + 1);

type Props = { assignmentId: string; studentId: string; studentName: string; rubric: Rubric; feedback: string };

/**
 * The four criteria as selects (1–4, or "not graded"), so no score outside the rubric can be typed, and
 * the private feedback. Saved for this student only; nothing on the board changes.
 */
export function RubricForm({ assignmentId, studentId, studentName, rubric, feedback }: Props) {
  const t = useTranslations("debateTeacher.students");
  const tErrors = useTranslations("errors");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(gradeParticipantAction);
  const errorOf = (field: string) => fieldErrors?.[field]?.map((key) => tErrors(key)).join(" ");
  const feedbackError = errorOf("feedback");
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack rubric-form"
      aria-label={t("rubricForm", { name: studentName })}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      {CRITERIA.map((criterion) => {
        const error = errorOf(criterion);
        return (
          <div key={criterion} className="field">
            <label htmlFor={`${id}-${criterion}`}>{t(`criteria.${criterion}`)}</label>
            <select
              id={`${id}-${criterion}`}
              name={criterion}
              defaultValue={rubric[criterion] === null ? "" : String(rubric[criterion])}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-${criterion}-error` : undefined}
            >
              <option value="">{t("notGraded")}</option>
              {SCORES.map((score) => (
                <option key={score} value={score}>
                  {score}
                </option>
              ))}
            </select>
            {error && (
              <p id={`${id}-${criterion}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="field">
        <label htmlFor={`${id}-feedback`}>{t("feedback")}</label>
        <p id={`${id}-feedback-hint`} className="hint">
          {t("feedbackHint")}
        </p>
        <textarea
          id={`${id}-feedback`}
          name="feedback"
          rows={3}
          maxLength={FEEDBACK_MAX}
          defaultValue={feedback}
          aria-invalid={feedbackError ? true : undefined}
          aria-describedby={[`${id}-feedback-hint`, feedbackError && `${id}-feedback-error`].filter(Boolean).join(" ")}
        />
        {feedbackError && (
          <p id={`${id}-feedback-error`} className="field-error">
            {feedbackError}
          </p>
        )}
      </div>
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("rubricSubmit")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
