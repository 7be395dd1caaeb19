"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { duplicateAssignmentAction } from "@/lib/assignments/actions";

type Props = { assignmentId: string; classes: { id: string; name: string }[]; currentClassId: string };

/** Copies the assignment into one of the teacher's classes (this one by default); the copy opens in its edit form. */
export function DuplicateAssignmentForm({ assignmentId, classes, currentClassId }: Props) {
  const t = useTranslations("assignmentForm");
  const tErrors = useTranslations("errors");
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(duplicateAssignmentAction);
  const id = useId();
  const classError = fieldErrors?.classroomId?.map((k) => tErrors(k)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="inline-form" aria-label={t("duplicateTitle")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <div className="field">
        <label htmlFor={`${id}-class`}>{t("duplicateTo")}</label>
        <select
          id={`${id}-class`}
          name="classroomId"
          defaultValue={classes.some((c) => c.id === currentClassId) ? currentClassId : classes[0]?.id}
          aria-invalid={classError ? true : undefined}
          aria-describedby={classError ? `${id}-class-error` : undefined}
        >
          {classes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {classError && (
          <p id={`${id}-class-error`} className="field-error">
            {classError}
          </p>
        )}
      </div>
      <FormStatus error={formError} />
      <SubmitButton label={t("duplicateSubmit")} pendingLabel={t("duplicating")} pending={pending} />
    </form>
  );
}
