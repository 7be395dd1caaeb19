"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { deleteAssignmentAction } from "@/lib/assignments/actions";

/** With students' work at stake the teacher ticks a box saying they know it goes; without, the page is the confirmation. */
export function DeleteAssignmentForm({
  assignmentId,
  needsConfirmation,
}: {
  assignmentId: string;
  needsConfirmation: boolean;
}) {
  const t = useTranslations("assignmentForm");
  const tErrors = useTranslations("errors");
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(deleteAssignmentAction);
  const id = useId();
  const confirmError = fieldErrors?.confirm?.map((k) => tErrors(k)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack narrow">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {needsConfirmation ? (
        <div className="field">
          <label>
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? `${id}-confirm-error` : undefined}
            />{" "}
            {t("deleteConfirm")}
          </label>
          {confirmError && (
            <p id={`${id}-confirm-error`} className="field-error">
              {confirmError}
            </p>
          )}
        </div>
      ) : (
        <input type="hidden" name="confirm" value="yes" />
      )}
      <FormStatus error={formError} />
      <SubmitButton label={t("deleteSubmit")} pendingLabel={t("deleting")} pending={pending} tone="danger" />
    </form>
  );
}
