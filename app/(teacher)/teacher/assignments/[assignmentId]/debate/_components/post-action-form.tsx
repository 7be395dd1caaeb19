"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { moderatePostAction } from "@/lib/debate/teacher-actions";
import type { PostModeration } from "@/lib/debate/teacher-schema";
import { PendingButton } from "./pending-button";

type Props = { postId: string; action: Exclude<PostModeration, "hide">; formLabel: string; buttonLabel: string };

/** One-button moderation (restore, pin, unpin, lock, unlock). The form's name says which post it acts on. */
export function PostActionForm({ postId, action, formLabel, buttonLabel }: Props) {
  const t = useTranslations("debateTeacher.board");
  const { onSubmit, pending, formError } = useFormAction(moderatePostAction);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={formLabel} className="row-form">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="action" value={action} />
      <PendingButton label={buttonLabel} pendingLabel={t("working")} pending={pending} />
      <FormStatus error={formError} />
    </form>
  );
}
