"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { startMyQuizAttempt } from "@/lib/quiz/actions";

export function StartForm({ assignmentId, label }: { assignmentId: string; label: string }) {
  const t = useTranslations("quiz");
  const { onSubmit, pending, formError } = useFormAction(startMyQuizAttempt);
  return (
    <form onSubmit={onSubmit} className="start-quiz">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormStatus error={formError} />
      <SubmitButton label={label} pendingLabel={t("starting")} pending={pending} />
    </form>
  );
}
