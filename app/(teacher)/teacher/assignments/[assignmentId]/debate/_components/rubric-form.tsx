"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { RUBRIC_CRITERIA, type Rubric, type RubricCriterion, rubricTotal } from "@/lib/debate/rubric";
import { gradeParticipantAction } from "@/lib/debate/teacher-actions";
import { FEEDBACK_MAX } from "@/lib/debate/teacher-schema";

export type LevelWords = Record<RubricCriterion, { level: number; text: string }[]>;

type Props = {
  assignmentId: string;
  studentId: string;
  studentName: string;
  rubric: Rubric;
  feedback: string;
  levels: LevelWords;
};

/**
 * Each criterion as a group of radio buttons, one per level with its wording (or "not graded"), so the
 * teacher grades against the words the student will read and no score outside the rubric can be sent;
 * the total follows as they choose. Then the private feedback. Saved for this student only.
 */
export function RubricForm({ assignmentId, studentId, studentName, rubric, feedback, levels }: Props) {
  const t = useTranslations("debateTeacher.students");
  const tRubric = useTranslations("debateRubric");
  const tErrors = useTranslations("errors");
  const id = useId();
  const [scores, setScores] = useState<Rubric>(rubric);
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(gradeParticipantAction);
  const errorOf = (field: string) => fieldErrors?.[field]?.map((key) => tErrors(key)).join(" ");
  const feedbackError = errorOf("feedback");
  const { total, graded, max } = rubricTotal(scores);
  const choose = (criterion: RubricCriterion, value: string) =>
    setScores((s) => ({ ...s, [criterion]: value === "" ? null : Number(value) }));
  return (
    <form
      onSubmit={onSubmit}
      method="post"
      noValidate
      className="stack rubric-form"
      aria-label={t("rubricForm", { name: studentName })}
    >
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      {RUBRIC_CRITERIA.map((criterion) => {
        const error = errorOf(criterion);
        return (
          <fieldset
            key={criterion}
            className="rubric-criterion"
            aria-describedby={error ? `${id}-${criterion}-error` : undefined}
          >
            <legend>{tRubric(`criteria.${criterion}`)}</legend>
            <label className="choice">
              <input
                type="radio"
                name={criterion}
                value=""
                defaultChecked={rubric[criterion] === null}
                onChange={(e) => choose(criterion, e.target.value)}
              />
              {tRubric("notGraded")}
            </label>
            {levels[criterion].map(({ level, text }) => (
              <label key={level} className="choice rubric-level">
                <input
                  type="radio"
                  name={criterion}
                  value={level}
                  defaultChecked={rubric[criterion] === level}
                  onChange={(e) => choose(criterion, e.target.value)}
                />
                <span>
                  <strong>{tRubric("level", { level })}</strong> {text}
                </span>
              </label>
            ))}
            {error && (
              <p id={`${id}-${criterion}-error`} className="field-error">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <p className="rubric-total" aria-live="polite">
        <strong>{total === null ? tRubric("totalNone") : tRubric("total", { total, max })}</strong>{" "}
        <span className="hint">{tRubric("graded", { graded, count: RUBRIC_CRITERIA.length })}</span>
      </p>
      <div className="field">
        <label htmlFor={`${id}-feedback`}>{t("feedback")}</label>
        <p id={`${id}-feedback-hint`} className="hint">
          {t("feedbackHint")}
        </p>
        <textarea
          id={`${id}-feedback`}
          name="feedback"
          rows={4}
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
      <div className="save-bar">
        <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
        <SubmitButton label={t("rubricSubmit")} pendingLabel={t("saving")} pending={pending} />
      </div>
    </form>
  );
}
