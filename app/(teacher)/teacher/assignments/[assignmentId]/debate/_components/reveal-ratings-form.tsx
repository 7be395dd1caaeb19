"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { revealRatingsAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

/** Shows students the rating totals before the board closes; the page hides this once they are shown. */
export function RevealRatingsForm({ assignmentId }: { assignmentId: string }) {
  const t = useTranslations("debateTeacher.controls");
  const { onSubmit, pending, formError } = useFormAction(revealRatingsAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={t("revealForm")} aria-describedby="reveal-hint">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <PendingButton label={t("reveal")} pendingLabel={t("working")} pending={pending} />
      <p id="reveal-hint" className="hint">
        {t("revealHint")}
      </p>
      <FormStatus error={formError} />
    </form>
  );
}
