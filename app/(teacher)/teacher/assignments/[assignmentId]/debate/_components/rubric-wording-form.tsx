"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { LEVEL_TEXT_MAX, levelField, RUBRIC_CRITERIA, type RubricLevel } from "@/lib/debate/rubric";
import { saveRubricWordingAction } from "@/lib/debate/teacher-actions";
import type { LevelWords } from "./rubric-form";

/**
 * The wording of every level of the four criteria, filled with what students see now. A text left as the
 * default (or cleared) keeps following the catalog, so each student reads it in their own UI language.
 */
export function RubricWordingForm({ assignmentId, levels }: { assignmentId: string; levels: LevelWords }) {
  const t = useTranslations("debateTeacher.rubric");
  const tRubric = useTranslations("debateRubric");
  const tErrors = useTranslations("errors");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(saveRubricWordingAction);
  return (
    <form onSubmit={onSubmit} method="post" noValidate className="stack" aria-label={t("form")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <p id={`${id}-hint`} className="hint">
        {t("levelHint")}
      </p>
      {RUBRIC_CRITERIA.map((criterion) => (
        <fieldset key={criterion} className="stack">
          <legend>{tRubric(`criteria.${criterion}`)}</legend>
          {levels[criterion].map(({ level, text }) => {
            const name = levelField(criterion, level as RubricLevel);
            const error = fieldErrors?.[name]?.map((key) => tErrors(key)).join(" ");
            return (
              <div key={level} className="field">
                <label htmlFor={`${id}-${name}`}>
                  {t("levelField", { criterion: tRubric(`criteria.${criterion}`), level })}
                </label>
                <textarea
                  id={`${id}-${name}`}
                  name={name}
                  rows={2}
                  maxLength={LEVEL_TEXT_MAX}
                  defaultValue={text}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={[`${id}-hint`, error && `${id}-${name}-error`].filter(Boolean).join(" ")}
                />
                {error && (
                  <p id={`${id}-${name}-error`} className="field-error">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
