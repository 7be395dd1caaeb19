"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { moveToNewestRevisionAction } from "@/lib/readings/authoring-actions";

/** Moves an assignment no student has worked on to the newest revision of its reading. */
export function MoveToNewestForm({ assignmentId, newest }: { assignmentId: string; newest: number }) {
  const t = useTranslations("assignmentForm.revision");
  const { onSubmit, pending, formError, state } = useFormAction(moveToNewestRevisionAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("form")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormStatus error={formError} success={state?.ok ? t("moved") : undefined} />
      <SubmitButton label={t("move", { newest })} pendingLabel={t("moving")} pending={pending} tone="plain" />
    </form>
  );
}
