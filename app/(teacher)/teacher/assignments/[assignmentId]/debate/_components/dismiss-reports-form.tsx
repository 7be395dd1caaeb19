"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { dismissReportsAction } from "@/lib/debate/teacher-actions";
import { PendingButton } from "./pending-button";

/** Settles a post's open reports and leaves the post as it is (nothing to act on). */
export function DismissReportsForm({ postId, formLabel }: { postId: string; formLabel: string }) {
  const t = useTranslations("debateTeacher");
  const { onSubmit, pending, formError } = useFormAction(dismissReportsAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={formLabel} className="row-form">
      <input type="hidden" name="postId" value={postId} />
      <PendingButton label={t("reports.dismiss")} pendingLabel={t("board.working")} pending={pending} />
      <FormStatus error={formError} />
    </form>
  );
}
