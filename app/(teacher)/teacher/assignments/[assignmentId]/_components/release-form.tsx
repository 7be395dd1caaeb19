"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { releaseResultsAction } from "@/lib/quiz/settings-actions";

export function ReleaseForm({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("quizSettings");
  const { onSubmit, pending, formError } = useFormAction(releaseResultsAction);
  return (
    <form method="post" onSubmit={onSubmit}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormStatus error={formError} />
      <SubmitButton label={t("releaseNow")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
