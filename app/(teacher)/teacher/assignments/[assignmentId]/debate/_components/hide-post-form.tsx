"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormStatus } from "@/components/form-status";
import { useFormAction } from "@/components/use-form-action";
import { moderatePostAction } from "@/lib/debate/teacher-actions";
import { REASON_MAX } from "@/lib/debate/teacher-schema";
import { PendingButton } from "./pending-button";

/**
 * Hides a post. The reason is required (its author sees it), but checked by the server rather than the
 * browser's own bubble, so the message appears beside the field in the page's language and is announced.
 */
export function HidePostForm({ postId, formLabel }: { postId: string; formLabel: string }) {
  const t = useTranslations("debateTeacher.board");
  const tErrors = useTranslations("errors");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(moderatePostAction);
  const error = fieldErrors?.reason?.map((key) => tErrors(key)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-label={formLabel} className="row-form">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="action" value="hide" />
      <label htmlFor={`${id}-reason`} className="small-label">
        {t("hideReason")}
      </label>
      <input
        id={`${id}-reason`}
        name="reason"
        maxLength={REASON_MAX}
        className="text-input"
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <PendingButton label={t("hide")} pendingLabel={t("working")} pending={pending} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <FormStatus error={error ? undefined : formError} />
    </form>
  );
}
