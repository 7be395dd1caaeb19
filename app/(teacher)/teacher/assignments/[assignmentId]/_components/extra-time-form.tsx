"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { setExtraTimeAction } from "@/lib/quiz/settings-actions";

/** Extra time on the time limit for one student (e.g. an accommodation); 0 removes it. */
export function ExtraTimeForm({
  assignmentId,
  students,
}: {
  assignmentId: string;
  students: { id: string; displayName: string }[];
}) {
  const t = useTranslations("quizSettings");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(setExtraTimeAction);
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("extraTimeForm")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="field">
        <label htmlFor={`${id}-student`}>{t("student")}</label>
        <select id={`${id}-student`} name="studentId" required>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.displayName}
            </option>
          ))}
        </select>
      </div>
      <FormField
        name="extraMinutes"
        type="number"
        min={0}
        max={600}
        label={t("extraMinutes")}
        hint={t("extraMinutesHint")}
        errors={fieldErrors?.extraMinutes}
      />
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("saveExtraTime")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
