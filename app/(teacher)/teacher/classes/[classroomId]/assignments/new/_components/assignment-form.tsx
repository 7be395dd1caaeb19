"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { ErrorKey } from "@/lib/actions/result";
import { createAssignmentAction } from "@/lib/assignments/actions";

type Props = { classroomId: string; readings: { id: string; title: string }[]; defaultOpensAt: string };

export function AssignmentForm({ classroomId, readings, defaultOpensAt }: Props) {
  const t = useTranslations("assignmentForm");
  const tErrors = useTranslations("errors");
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(createAssignmentAction);
  const id = useId();
  const errorText = (keys?: ErrorKey[]) => keys?.map((k) => tErrors(k)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack narrow">
      <input type="hidden" name="classroomId" value={classroomId} />
      <div className="field">
        <label htmlFor={`${id}-reading`}>{t("reading")}</label>
        <select
          id={`${id}-reading`}
          name="readingId"
          defaultValue={readings.length === 1 ? readings[0]!.id : ""}
          aria-invalid={fieldErrors?.readingId ? true : undefined}
          aria-describedby={fieldErrors?.readingId ? `${id}-reading-error` : undefined}
        >
          <option value="">{t("chooseReading")}</option>
          {readings.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title}
            </option>
          ))}
        </select>
        {fieldErrors?.readingId && (
          <p id={`${id}-reading-error`} className="field-error">
            {errorText(fieldErrors.readingId)}
          </p>
        )}
      </div>
      <FormField
        name="title"
        label={t("assignmentTitle")}
        defaultValue={readings.length === 1 ? readings[0]!.title : ""}
        errors={fieldErrors?.title}
      />
      <div className="field">
        <label htmlFor={`${id}-instructions`}>{t("instructions")}</label>
        <textarea
          id={`${id}-instructions`}
          name="instructions"
          rows={3}
          aria-invalid={fieldErrors?.instructions ? true : undefined}
          aria-describedby={fieldErrors?.instructions ? `${id}-instructions-error` : undefined}
        />
        {fieldErrors?.instructions && (
          <p id={`${id}-instructions-error`} className="field-error">
            {errorText(fieldErrors.instructions)}
          </p>
        )}
      </div>
      <FormField
        name="opensAt"
        type="datetime-local"
        label={t("opensAt")}
        defaultValue={defaultOpensAt}
        errors={fieldErrors?.opensAt}
      />
      <FormField
        name="dueAt"
        type="datetime-local"
        label={t("dueAt")}
        hint={t("dueHint")}
        errors={fieldErrors?.dueAt}
      />
      <fieldset className="checkboxes" aria-describedby={fieldErrors?.parts ? `${id}-parts-error` : undefined}>
        <legend>{t("parts")}</legend>
        <label>
          <input type="checkbox" name="readingEnabled" defaultChecked /> {t("partReading")}
        </label>
        <label>
          <input type="checkbox" name="quizEnabled" /> {t("partQuiz")}
        </label>
        <label>
          <input type="checkbox" name="debateEnabled" /> {t("partDebate")}
        </label>
        {fieldErrors?.parts && (
          <p id={`${id}-parts-error`} className="field-error">
            {errorText(fieldErrors.parts)}
          </p>
        )}
      </fieldset>
      <FormStatus error={formError} />
      <SubmitButton label={t("submit")} pendingLabel={t("submitting")} pending={pending} />
    </form>
  );
}
